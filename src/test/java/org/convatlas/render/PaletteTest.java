package org.convatlas.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

class PaletteTest {

    @Test
    void rolesHaveTheOkabeItoColoursInEveryTheme() {
        Map<Role, String> expected = Map.of(Role.INPUT, "#0072b2", Role.KERNEL, "#e69f00", Role.OUTPUT, "#009e73",
                Role.HIGHLIGHT, "#d55e00");
        for (Palette palette : new Palette[] {Palette.LIGHT, Palette.DARK}) {
            expected.forEach((role, hex) -> assertEquals(Color.web(hex), palette.color(role), role.name()));
        }
    }

    @Test
    void tintLaysTheRoleColourOverTheBackground() {
        Color tint = Palette.LIGHT.tint(Role.OUTPUT);
        Color output = Color.web("#009e73");
        assertEquals(1 + (output.getRed() - 1) * Palette.TINT_OPACITY, tint.getRed(), 1e-6);
        assertEquals(1 + (output.getBlue() - 1) * Palette.TINT_OPACITY, tint.getBlue(), 1e-6);
    }
}
