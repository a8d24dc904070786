package org.beltportal.admin.console.belt;

/**
 * One step of a new belt's checklist (public: the template engine reads only public types): its label key
 * ({@code checklist.<key>}), whether it is done, and the path (without the context path) of where to do it.
 */
public record SetupStep(String key, boolean done, String path) {
}
