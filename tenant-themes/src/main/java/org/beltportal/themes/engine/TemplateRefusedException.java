package org.beltportal.themes.engine;

import java.io.IOException;

/** A stored template that breaks the {@link TemplateRules}: it is not rendered. */
final class TemplateRefusedException extends IOException {

    TemplateRefusedException(String templateName, String problem) {
        super(templateName + " breaks a template rule: " + problem);
    }
}
