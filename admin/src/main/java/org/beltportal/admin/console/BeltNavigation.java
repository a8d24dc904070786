package org.beltportal.admin.console;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.beltportal.core.tenant.Tenant;

/**
 * A belt's navigation as the layout shows it: the screens the user may open, grouped by {@link ConsoleSection}
 * in the sections' order (each group's links in the screens' {@code @Order}), with the screen the page belongs
 * to marked so a phone's closed menu can still say where the user is.
 */
final class BeltNavigation {

    private BeltNavigation() {
    }

    /** Sections with at least one link, as maps for the template: key, label, home, here, items. */
    static List<Map<String, Object>> of(List<ConsoleScreen> shown, Tenant belt, String base, String current) {
        Optional<ConsoleScreen> here = here(shown, belt, current);
        Map<ConsoleSection, List<Map<String, Object>>> links = new EnumMap<>(ConsoleSection.class);
        for (ConsoleScreen screen : shown) {
            links.computeIfAbsent(screen.section(), section -> new ArrayList<>()).add(Map.of("label", screen.labelKey(),
                    "href", base + screen.path(belt), "current", here.filter(screen::equals).isPresent(),
                    "exact", screen.path(belt).equals(current)));
        }
        List<Map<String, Object>> sections = new ArrayList<>();
        links.forEach((section, items) -> sections.add(Map.of("key", section.name().toLowerCase(java.util.Locale.ROOT),
                "label", section.labelKey(), "home", section == ConsoleSection.HOME,
                "here", here.filter(screen -> screen.section() == section).isPresent(), "items", items)));
        return sections;
    }

    /**
     * The screen {@code current} (a path without the context path) belongs to: the one at that path, else the one
     * whose path is the longest prefix of it ({@code .../products/42} belongs to the product list). The belt's
     * home, whose path prefixes every screen's, counts only at its own path.
     */
    static Optional<ConsoleScreen> here(List<ConsoleScreen> shown, Tenant belt, String current) {
        return shown.stream()
                .filter(screen -> {
                    String path = screen.path(belt);
                    return path.equals(current) || screen.section() != ConsoleSection.HOME
                            && current.startsWith(path.endsWith("/") ? path : path + "/");
                })
                .max(Comparator.comparingInt(screen -> screen.path(belt).length()));
    }
}
