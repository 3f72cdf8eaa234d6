module consumer {
    requires dev.showpage;
}
