package org.beltportal.admin.console.people;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.beltportal.admin.console.ConsoleFlash;
import org.beltportal.admin.console.ConsoleForms;
import org.beltportal.admin.console.ConsolePages;
import org.beltportal.admin.security.Grant;
import org.beltportal.admin.security.Permission;
import org.beltportal.admin.security.PortalUser;
import org.beltportal.core.system.ConflictException;
import org.beltportal.core.system.InvalidInputException;
import org.beltportal.core.system.NotFoundException;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.user.BeltPeople;
import org.beltportal.core.user.Role;
import org.beltportal.core.user.User;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A belt's people: who holds which roles here, an invitation form, each manageable person's roles, and removal
 * from the belt after a confirmation. Only the roles here are shown, never a person's grants elsewhere; every
 * change goes through {@link BeltPeople}, which refuses (403) whatever the caller may not grant, whatever the
 * form sent.
 */
@Controller
class BeltPeopleController {

    private static final String PERSON = PeopleScreen.PATH + "/{username}";

    private final BeltPeople people;
    private final Invitation invitation;
    private final ConsolePages pages;

    BeltPeopleController(BeltPeople people, Invitation invitation, ConsolePages pages) {
        this.people = people;
        this.invitation = invitation;
        this.pages = pages;
    }

    @GetMapping(PeopleScreen.PATH)
    ModelAndView list(@Grant(Permission.PEOPLE) Tenant belt, @AuthenticationPrincipal PortalUser user) {
        Map<String, Object> model = new HashMap<>();
        model.put(ConsolePages.BELT, belt);
        model.put("people", people.of(belt.id()).stream().map(person -> new Person(person.username(), person.email(),
                person.enabled(), Invitation.codes(BeltPeople.rolesOn(person, belt.id())),
                people.mayManage(user.username(), person, belt.id()))).toList());
        model.put("grantable", Invitation.codes(people.grantableBy(user.username(), belt.id())));
        return pages.page("people/belt", model);
    }

    @PostMapping(PeopleScreen.PATH)
    ModelAndView invite(@Grant(Permission.PEOPLE) Tenant belt, @AuthenticationPrincipal PortalUser user,
                        @RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String email,
                        @RequestParam(required = false) List<String> roles, RedirectAttributes redirect) {
        try {
            User invited = people.invite(user.username(), belt, username.strip(), email, Invitation.roles(roles));
            invitation.mailLink(invited.username());
            redirect.addFlashAttribute(ConsoleFlash.ATTRIBUTE, ConsoleFlash.status("people.invited", invited.username(), invited.email()));
            return ConsoleForms.seeOther(PeopleScreen.pathOf(belt));
        } catch (InvalidInputException invalid) {
            redirect.addFlashAttribute("problems", ConsoleForms.problems(invalid));
        } catch (ConflictException taken) {
            redirect.addFlashAttribute("problems", Map.of("username", "is taken: choose another name"));
        }
        redirect.addFlashAttribute("typed", Map.of("username", username, "email", email,
                "roles", roles == null ? List.of() : roles));
        return ConsoleForms.seeOther(PeopleScreen.pathOf(belt) + "#invite");
    }

    @PostMapping(PERSON + "/roles")
    ModelAndView roles(@Grant(Permission.PEOPLE) Tenant belt, @AuthenticationPrincipal PortalUser user,
                       @PathVariable String username, @RequestParam(required = false) List<String> roles,
                       RedirectAttributes redirect) {
        try {
            Set<Role> chosen = Invitation.roles(roles);
            people.setRoles(user.username(), belt.id(), username, chosen);
            redirect.addFlashAttribute(ConsoleFlash.ATTRIBUTE, chosen.isEmpty()
                    ? ConsoleFlash.status("people.removed", username) : ConsoleFlash.status("people.rolesChanged", username));
        } catch (InvalidInputException unknownRole) {
            redirect.addFlashAttribute(ConsoleFlash.ATTRIBUTE, ConsoleFlash.alert("people.unknownRole"));
        }
        return ConsoleForms.seeOther(PeopleScreen.pathOf(belt));
    }

    /** Removing someone from the belt asks first; the page works without JavaScript. */
    @GetMapping(PERSON + "/remove")
    ModelAndView confirmRemoval(@Grant(Permission.PEOPLE) Tenant belt, @AuthenticationPrincipal PortalUser user,
                                @PathVariable String username) {
        boolean onBelt = people.of(belt.id()).stream().anyMatch(person -> person.username().equals(username)
                && people.mayManage(user.username(), person, belt.id()));
        if (!onBelt) {
            throw new NotFoundException("no one to remove");
        }
        return pages.page("people/confirm", Map.of(ConsolePages.BELT, belt,
                "question", "people.remove.question", "subject", username,
                "action", PeopleScreen.pathOf(belt) + "/" + username + "/roles",
                "button", "people.remove.button", "back", PeopleScreen.pathOf(belt)));
    }

    /** One person as this belt's list shows them: roles here only. */
    public record Person(String username, String email, boolean enabled, List<String> roles, boolean manageable) {
    }
}
