package org.convatlas.lesson;

/** The chapters of the atlas, in the order the atlas lists them. */
public enum Chapter {
    BASICS("basics"),
    ARITHMETIC("arithmetic"),
    UPSAMPLING("upsampling"),
    RECEPTIVE_FIELD("receptiveField"),
    FACTORIZED("factorized"),
    CHANNEL_GROUPS("channelGroups"),
    ADAPTIVE("adaptive"),
    UNDER_THE_HOOD("underTheHood");

    private final String keySuffix;

    Chapter(String keySuffix) {
        this.keySuffix = keySuffix;
    }

    /** The bundle key of the chapter's title, {@code chapter.<name>}. */
    public String titleKey() {
        return "chapter." + keySuffix;
    }
}
