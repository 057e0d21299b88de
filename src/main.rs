fn main() {
    sdg_circle::ui::crash::install_panic_hook();
    sdg_circle::ui::start();
}
