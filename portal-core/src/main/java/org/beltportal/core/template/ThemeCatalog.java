package org.beltportal.core.template;

import java.util.Set;
import java.util.SortedSet;

/** The themes built into the portal and the templates they ship. Implemented by tenant-themes. */
public interface ThemeCatalog {

    /** The names a tenant's {@code theme} may take. */
    Set<String> themes();

    /** Every overridable template path a tenant with this theme renders from the built-in templates. */
    SortedSet<String> templates(String theme);
}
