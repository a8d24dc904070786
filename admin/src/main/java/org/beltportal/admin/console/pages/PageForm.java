package org.beltportal.admin.console.pages;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.beltportal.core.page.Page;
import org.beltportal.core.page.PageDraft;
import org.beltportal.core.page.PageKind;
import org.beltportal.core.page.PageStatus;
import org.beltportal.core.system.FieldProblem;
import org.beltportal.core.system.InvalidInputException;

/**
 * The page editor's fields and the {@link PageDraft} they make. Times are typed as local date-times in the
 * belt's time zone ({@code <input type="datetime-local">}) and stored as instants, as the API's are.
 */
final class PageForm {

    /** What {@code datetime-local} sends and shows. */
    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private PageForm() {
    }

    static PageDraft draft(Map<String, String> typed, ZoneId zone) {
        List<FieldProblem> problems = new ArrayList<>();
        Instant publishAt = instant(typed.get("publishAt"), zone, "publishAt", problems);
        Instant unpublishAt = instant(typed.get("unpublishAt"), zone, "unpublishAt", problems);
        PageKind kind = choice(() -> PageKind.fromCode(typed.get("kind")), problems);
        PageStatus status = choice(() -> PageStatus.fromCode(typed.get("status")), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new PageDraft(text(typed.get("slug")), text(typed.get("title")), typed.get("body"), kind, status,
                publishAt, unpublishAt, text(typed.get("locale")));
    }

    static Map<String, String> fieldsOf(Page page, ZoneId zone) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", page.title());
        fields.put("slug", page.slug());
        fields.put("kind", page.kind().code());
        fields.put("status", page.status().code());
        fields.put("publishAt", local(page.publishAt(), zone));
        fields.put("unpublishAt", local(page.unpublishAt(), zone));
        fields.put("locale", page.locale());
        fields.put("body", page.body());
        return fields;
    }

    static Map<String, String> blank(String locale) {
        return Map.of("kind", PageKind.NEWS.code(), "status", PageStatus.DRAFT.code(), "locale", locale);
    }

    private static String local(Instant instant, ZoneId zone) {
        return instant == null ? "" : LOCAL.format(instant.atZone(zone));
    }

    private static Instant instant(String typed, ZoneId zone, String field, List<FieldProblem> problems) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(typed.strip()).atZone(zone).toInstant();
        } catch (DateTimeException notATime) {
            problems.add(new FieldProblem(field, "must be a date and time such as 2026-12-24T09:00"));
            return null;
        }
    }

    /** The enum's own refusal (its field and message) joins the others, so every problem shows at once. */
    private static <T> T choice(Supplier<T> parse, List<FieldProblem> problems) {
        try {
            return parse.get();
        } catch (InvalidInputException invalid) {
            problems.addAll(invalid.problems());
            return null;
        }
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
