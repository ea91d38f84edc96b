package org.convatlas.ui;

import java.util.Locale;

/**
 * Every kind of popup window the main window opens (menus and their submenus, dialogs, an alert, a drop-down list, a
 * tooltip), each with the way a user opens it, through a {@link PopupDriver}.
 */
enum Popup {
    FILE_MENU(driver -> driver.openMenu("menu-file")),
    SAMPLE_IMAGE_MENU(driver -> {
        driver.openMenu("menu-file");
        driver.point("menu-file-sampleImage");
    }),
    VIEW_MENU(driver -> driver.openMenu("menu-view")),
    THEME_MENU(driver -> {
        driver.openMenu("menu-view");
        driver.point("menu-view-theme");
    }),
    LANGUAGE_MENU(driver -> {
        driver.openMenu("menu-view");
        driver.point("menu-view-language");
    }),
    HELP_MENU(driver -> driver.openMenu("menu-help")),
    ABOUT_BOX(driver -> driver.choose("menu-help-about")),
    SAMPLE_IMAGE_CREDITS(driver -> driver.choose("menu-help-sampleImages")),
    EXPORT_DIALOG(driver -> driver.choose("menu-file-export")),
    IMAGE_PROBLEM_ALERT(PopupDriver::openBrokenImage),
    SPEED_LIST(driver -> driver.showComboBox(AppStyles.SPEED)),
    TOOLTIP(driver -> driver.point("transport-export"));

    /** How a popup is opened; each step opens one window, the last one is the popup. */
    @FunctionalInterface
    interface Opening {
        void open(PopupDriver driver) throws InterruptedException;
    }

    private final Opening opening;

    Popup(Opening opening) {
        this.opening = opening;
    }

    /** Opens the popup over the window {@code driver} drives. */
    void open(PopupDriver driver) throws InterruptedException {
        opening.open(driver);
    }

    /** The file its picture in {@code look} is saved as, e.g. {@code zh-dark-view-menu.png}. */
    String fileName(PopupShots.Look look) {
        return look.name() + "-" + name().toLowerCase(Locale.ROOT).replace('_', '-') + ".png";
    }
}
