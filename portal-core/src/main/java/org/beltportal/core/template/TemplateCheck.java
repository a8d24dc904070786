package org.beltportal.core.template;

import java.util.List;

import org.beltportal.core.tenant.TenantId;

/**
 * Decides whether an operator's template source may be stored: it must parse in the sandbox and use no
 * forbidden construct. Implemented by the theme engine (tenant-themes), which owns the sandbox.
 */
public interface TemplateCheck {

    /** Every problem found, empty when the source is acceptable as {@code path} of this tenant. */
    List<TemplateProblem> problems(TenantId tenantId, TemplatePath path, String source);
}
