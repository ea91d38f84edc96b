package org.convatlas.lesson;

import java.util.Optional;
import java.util.function.Function;
import org.convatlas.i18n.Message;

/**
 * Offsets of single taps of a deformable convolution, set by hand ({@link OffsetEdits}): typed in the inspector for
 * the tap of the output position the stage shows, or dragged on the stage. On the command line {@code none} or
 * {@code row,column,tapRow,tapColumn=dy,dx,mask;...}.
 */
public record OffsetEditsParameter(String id, String labelKey) implements Parameter<OffsetEdits> {

    /** The bundle key of how an export's parameter line shows the number of edits. */
    public static final String SHOWN_KEY = "parameter.offsetEdits.shown";

    public OffsetEditsParameter {
        ParameterNames.require(id, labelKey);
    }

    @Override
    public OffsetEdits defaultValue() {
        return OffsetEdits.NONE;
    }

    @Override
    public boolean accepts(Object value) {
        return value instanceof OffsetEdits edits && edits.size() <= OffsetEdits.MOST;
    }

    @Override
    public Optional<OffsetEdits> read(String text, OffsetEdits current) {
        return OffsetEdits.parse(text);
    }

    @Override
    public String format(OffsetEdits value) {
        return value.text();
    }

    @Override
    public String syntax() {
        return "none, or row,column,tapRow,tapColumn=dy,dx,mask for each tap set by hand, joined by ; (at most "
                + OffsetEdits.MOST + ")";
    }

    @Override
    public String shown(OffsetEdits value, Function<Message, String> texts) {
        return texts.apply(Message.of(SHOWN_KEY, value.size()));
    }

    @Override
    public java.util.List<String> bundleKeys() {
        return java.util.List.of(labelKey, SHOWN_KEY);
    }

    @Override
    public <R> R editor(Editors<R> editors) {
        return editors.offsets(this);
    }
}
