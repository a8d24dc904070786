package org.beltportal.admin.console.catalogue;

import java.util.HashMap;
import java.util.Map;

import org.beltportal.admin.console.ConsolePages;
import org.beltportal.core.tenant.Tenant;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/** What the supplier and product form pages share: their model's common part, and the answer when nothing was saved. */
final class FormPages {

    private FormPages() {
    }

    /** The belt (for its navigation), the id when editing (none for a new one), what was typed and its problems. */
    static Map<String, Object> model(Tenant belt, Long id, Object form, FormErrors errors) {
        Map<String, Object> model = new HashMap<>();
        model.put(ConsolePages.BELT, belt);
        if (id != null) {
            model.put("id", id);
        }
        model.put("form", form);
        model.put("errors", errors);
        return model;
    }

    /** The form again with its problems, as 422: nothing was saved. */
    static ModelAndView unsaved(ModelAndView page) {
        page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        return page;
    }
}
