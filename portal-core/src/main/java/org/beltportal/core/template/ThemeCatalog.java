package org.beltportal.core.template;

import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;

/** The themes built into the portal and the templates they ship. Implemented by tenant-themes. */
public interface ThemeCatalog {

    /** The names a tenant's {@code theme} may take. */
    Set<String> themes();

    /** Every overridable template path a tenant with this theme renders from the built-in templates. */
    SortedSet<String> templates(String theme);

    /** The built-in source a tenant with this theme renders for the path when it has no override. */
    Optional<String> source(String theme, TemplatePath path);
}
