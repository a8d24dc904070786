package org.beltportal.themes.engine;

import java.util.ArrayDeque;
import java.util.Deque;

import freemarker.core.Environment;
import freemarker.core.MarkupOutputFormat;
import freemarker.core.TemplateMarkupOutputModel;
import freemarker.ext.beans.BeanModel;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateModelIterator;
import freemarker.template.TemplateScalarModel;
import freemarker.template.TemplateSequenceModel;

/**
 * The characters a value holds, as {@link RenderBudget} counts them against the limit of what a template may
 * hold: a string's or markup's length; a sequence's or hash's, those of its items or values together, nested
 * ones included (so a list of lists of a long string counts every time it repeats it, as a {@code ?join}
 * would). Numbers, booleans, dates and callables count nothing; the page's own records ({@code site},
 * {@code page}) and namespaces are not entered: the controller bounds the first, the second hold only
 * variables counted when they were stored. Counting stops once past the limit or after visiting
 * {@value #MAX_VISITED} values, so it costs at most that much, whatever a template built.
 */
final class HeldChars {

    static final int MAX_VISITED = 1_000_000;

    private HeldChars() {
    }

    /**
     * The characters {@code value} holds, or a number above {@code limit} as soon as it is known to be;
     * {@code Long.MAX_VALUE} when it holds more than {@value #MAX_VISITED} values.
     */
    static long of(TemplateModel value, long limit) throws TemplateModelException {
        long chars = 0;
        Deque<TemplateModel> pending = new ArrayDeque<>();
        pending.push(value);
        int seen = 1;
        while (!pending.isEmpty() && chars <= limit) {
            TemplateModel next = pending.pop();
            if (next instanceof BeanModel || next instanceof Environment.Namespace) {
                continue;
            }
            if (next instanceof TemplateScalarModel text) {
                String string = text.getAsString();
                chars += string == null ? 0 : string.length();
            } else if (next instanceof TemplateMarkupOutputModel<?> markup) {
                chars += markupLength(markup, limit);
            } else if (next instanceof TemplateSequenceModel sequence) {
                int size = sequence.size();
                if (seen + (long) size > MAX_VISITED) {
                    return Long.MAX_VALUE;
                }
                for (int i = 0; i < size; i++) {
                    seen += push(pending, sequence.get(i));
                }
            } else if (next instanceof TemplateHashModelEx || next instanceof TemplateCollectionModel) {
                TemplateCollectionModel items = next instanceof TemplateHashModelEx hash
                        ? hash.values() : (TemplateCollectionModel) next;
                for (TemplateModelIterator it = items.iterator(); it.hasNext(); ) {
                    seen += push(pending, it.next());
                    if (seen > MAX_VISITED) {
                        return Long.MAX_VALUE;
                    }
                }
            }
        }
        return chars;
    }

    private static int push(Deque<TemplateModel> pending, TemplateModel item) {
        if (item == null) {
            return 0;
        }
        pending.push(item);
        return 1;
    }

    /** Markup counts as what it prints; escaping a plain text may make it longer, so that is checked first. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static long markupLength(TemplateMarkupOutputModel markup, long limit) throws TemplateModelException {
        MarkupOutputFormat format = markup.getOutputFormat();
        String plain = format.getSourcePlainText(markup);
        if (plain != null && plain.length() > limit) {
            return plain.length();
        }
        return format.getMarkupString(markup).length();
    }
}
