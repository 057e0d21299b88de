fn main() {
    sdg_circle::ui::crash::install_panic_hook();
    leptos::mount::mount_to_body(sdg_circle::App);
}
