package org.beltportal.themes.engine;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import org.beltportal.core.template.TemplateCheck;
import org.beltportal.core.template.TemplatePath;
import org.beltportal.core.template.TemplateProblem;
import org.beltportal.core.tenant.TenantId;
import org.beltportal.core.tenant.TenantService;
import org.springframework.stereotype.Component;

/**
 * Checks an operator's source before it is stored: it must parse with the tenant's own sandboxed
 * configuration, keep the {@link TemplateRules} (no forbidden built-in, nothing unbounded, not nested too
 * deeply), and include or import only templates the tenant's lookup chain resolves. The render-time sandbox stays in force either way; this turns a template that
 * could only fail into a 422 with the line and reason.
 */
@Component
class SandboxTemplateCheck implements TemplateCheck {

    private final TenantService tenants;
    private final TenantConfigurations configurations;

    SandboxTemplateCheck(TenantService tenants, TenantConfigurations configurations) {
        this.tenants = tenants;
        this.configurations = configurations;
    }

    @Override
    public List<TemplateProblem> problems(TenantId tenantId, TemplatePath path, String source) {
        Configuration configuration = configurations.forTenant(tenants.require(tenantId));
        Template template;
        try {
            template = new Template(path.value(), new StringReader(source), configuration);
        } catch (ParseException e) {
            return List.of(new TemplateProblem(e.getLineNumber(), e.getColumnNumber(), e.getEditorMessage()));
        } catch (IOException e) {
            return List.of(new TemplateProblem(1, 1, "the source cannot be read: " + e.getMessage()));
        } catch (StackOverflowError e) {
            // FreeMarker's parser descends once per level; the rules refuse far shallower nesting anyway.
            return List.of(new TemplateProblem(1, 1, "nested too deeply to parse (at most "
                    + UnboundedConstructs.MAX_DEPTH + " levels)"));
        }
        TemplateTree tree = TemplateTree.of(template);
        List<TemplateProblem> problems = new ArrayList<>(TemplateRules.problems(tree));
        problems.addAll(new IncludedNames(path, configuration.getTemplateLoader()).problems(tree));
        return problems;
    }
}
