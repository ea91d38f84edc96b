package org.convatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TypographyTest {

    @Test
    void chineseIsSetInTheShippedFontAndEnglishInTheThemes() {
        assertTrue(Typography.css(16, Locale.SIMPLIFIED_CHINESE).contains("-fx-font-family: \"Noto Sans CJK SC\";"));
        assertFalse(Typography.css(16, Locale.ENGLISH).contains("-fx-font-family"));
    }

    @Test
    void iconsScaleWithTheType() {
        String css = Typography.css(20, Locale.ENGLISH);
        assertTrue(css.contains(".root, .dialog-pane { -fx-font-size: 20px; }"), css);
        assertTrue(css.contains(".ikonli-font-icon { -fx-icon-size: 25px; }"), css);
        assertTrue(css.contains(".transport-bar .ikonli-font-icon { -fx-icon-size: 35px; }"), css);
    }

    @Test
    void urlCarriesTheCss() {
        String url = Typography.stylesheetUrl(18, Locale.SIMPLIFIED_CHINESE);
        String prefix = "data:text/css;base64,";
        assertTrue(url.startsWith(prefix));
        assertEquals(Typography.css(18, Locale.SIMPLIFIED_CHINESE),
                new String(Base64.getDecoder().decode(url.substring(prefix.length())), StandardCharsets.UTF_8));
    }
}
