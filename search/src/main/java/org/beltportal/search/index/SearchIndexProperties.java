package org.beltportal.search.index;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The search module's own {@code portal.*} setting: a command, not a tuning knob ({@link RebuildCommand}). Where
 * the index lives is core's {@code portal.data-dir}: the node's other files live there too.
 *
 * @param rebuildIndex rebuild the product index from the database as a job at start, wait for it and exit
 *        (status 0 on success); for operators who want a fresh index without the HTTP API
 */
@ConfigurationProperties("portal")
public record SearchIndexProperties(@DefaultValue("false") boolean rebuildIndex) {
}
