fn main() {
    sdg_circle::ui::crash::install_panic_hook();
    sdg_circle::ui::remove_app_shell();
    leptos::mount::mount_to_body(sdg_circle::App);
}
