package org.beltportal.admin.console.belt;

import java.util.Map;

import org.beltportal.admin.console.ConsolePages;
import org.beltportal.admin.security.Grant;
import org.beltportal.admin.security.Permission;
import org.beltportal.admin.security.PortalUser;
import org.beltportal.core.tenant.Tenant;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/** A belt's home: its to-do list. Anyone who may read the belt; others get the API's 404 or 403. */
@Controller
class BeltHomeController {

    private final BeltTodo todo;
    private final SetupChecklist checklist;
    private final ConsolePages pages;

    BeltHomeController(BeltTodo todo, SetupChecklist checklist, ConsolePages pages) {
        this.todo = todo;
        this.checklist = checklist;
        this.pages = pages;
    }

    @GetMapping(BeltHomeScreen.PATH_PREFIX + "{slug}/")
    ModelAndView home(@AuthenticationPrincipal PortalUser user, @Grant(Permission.READ) Tenant belt) {
        return pages.page("belt/home", Map.of(ConsolePages.BELT, belt, "todo", todo.of(belt, user),
                "checklist", checklist.of(belt)));
    }
}
