package org.beltportal.admin.console;

/**
 * The groups of a belt's navigation, in the order shown. Fifteen links in one row wrapped into a wall on a
 * phone; grouped, a person finds a screen by what it is about, and a phone shows them behind one menu button.
 */
public enum ConsoleSection {

    /** The belt's home, shown on its own before the groups. */
    HOME,
    CATALOGUE,
    BUYERS,
    CAMPAIGNS,
    SITE,
    PEOPLE;

    /** The message key of the group's heading. */
    public String labelKey() {
        return "nav.section." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
