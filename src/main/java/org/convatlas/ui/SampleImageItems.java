package org.convatlas.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.control.MenuItem;
import org.convatlas.i18n.I18n;
import org.convatlas.lesson.SampleImage;

/** The menu items that choose a sample image, one per picture the app ships, labelled in the current language. */
final class SampleImageItems {

    private SampleImageItems() {
    }

    /** An item for each sample image, handing it to {@code choose} when picked. */
    static List<MenuItem> create(I18n i18n, Consumer<SampleImage> choose) {
        return Arrays.stream(SampleImage.values()).map(sample -> {
            MenuItem item = new MenuItem();
            item.textProperty().bind(i18n.text(sample.labelKey()));
            item.setId("sample-" + sample.name().toLowerCase(Locale.ROOT));
            item.setOnAction(e -> choose.accept(sample));
            return item;
        }).toList();
    }
}
