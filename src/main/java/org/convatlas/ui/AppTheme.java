package org.convatlas.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Theme;
import org.convatlas.render.Palette;

/** The looks the window can take: an AtlantaFX theme for the controls and the matching palette for the stage. */
public enum AppTheme {
    LIGHT(new PrimerLight(), Palette.LIGHT, "menu.view.theme.light"),
    DARK(new PrimerDark(), Palette.DARK, "menu.view.theme.dark");

    private final Theme theme;
    private final Palette palette;
    private final String labelKey;

    AppTheme(Theme theme, Palette palette, String labelKey) {
        this.theme = theme;
        this.palette = palette;
        this.labelKey = labelKey;
    }

    /** The URL of the AtlantaFX user-agent stylesheet. */
    public String userAgentStylesheet() {
        return theme.getUserAgentStylesheet();
    }

    /** The colours the stage is drawn in. */
    public Palette palette() {
        return palette;
    }

    /** The bundle key of the theme's name in the View menu. */
    public String labelKey() {
        return labelKey;
    }
}
