fn main() {
    tintuc::app::mount();
}
