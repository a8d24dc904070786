package org.beltportal.admin.console.people;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.beltportal.admin.console.ConsoleFlash;
import org.beltportal.admin.console.ConsoleForms;
import org.beltportal.admin.console.ConsolePages;
import org.beltportal.admin.security.PlatformAdmin;
import org.beltportal.admin.security.PortalUser;
import org.beltportal.admin.user.UserAdminController.UserView;
import org.beltportal.core.system.ConflictException;
import org.beltportal.core.system.InvalidInputException;
import org.beltportal.core.tenant.TenantId;
import org.beltportal.core.tenant.TenantService;
import org.beltportal.core.user.Role;
import org.beltportal.core.user.User;
import org.beltportal.core.user.UserDraft;
import org.beltportal.core.user.UserService;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every user, for platform admins: search (by name or address, paged by name), invite with a first grant, one
 * user's grants on any belt (added and removed one at a time), disable or enable, delete. Disabling and deleting
 * ask first. The same {@link UserService} calls as {@code /admin/api/v1/users}.
 */
@Controller
class PlatformPeopleController {

    static final String PATH = "/admin/people";
    static final int PAGE_SIZE = 25;
    private static final String USER = PATH + "/{username}";

    private final UserService users;
    private final TenantService tenants;
    private final Invitation invitation;
    private final ConsolePages pages;

    PlatformPeopleController(UserService users, TenantService tenants, Invitation invitation, ConsolePages pages) {
        this.users = users;
        this.tenants = tenants;
        this.invitation = invitation;
        this.pages = pages;
    }

    @GetMapping(PATH)
    ModelAndView list(@PlatformAdmin PortalUser caller, @RequestParam(defaultValue = "") String q,
                      @RequestParam(required = false) String after) {
        String text = q.strip().length() > 100 ? q.strip().substring(0, 100) : q.strip();
        List<User> found = users.search(text.isEmpty() ? null : text, after, PAGE_SIZE + 1);
        Map<TenantId, String> slugs = tenants.slugsById();
        Map<String, Object> model = new HashMap<>();
        model.put("q", text);
        model.put("after", after == null ? "" : after);
        model.put("users", found.stream().limit(PAGE_SIZE).map(user -> UserView.of(user, slugs)).toList());
        model.put("nextAfter", found.size() > PAGE_SIZE ? found.get(PAGE_SIZE - 1).username() : "");
        model.put("roles", Invitation.codes(EnumSet.allOf(Role.class)));
        return pages.page("people/list", model);
    }

    @PostMapping(PATH)
    ModelAndView invite(@PlatformAdmin PortalUser caller, @RequestParam(defaultValue = "") String username,
                        @RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String belt,
                        @RequestParam(defaultValue = "") String role, RedirectAttributes redirect) {
        try {
            List<UserDraft.GrantDraft> grants = role.isBlank() ? List.of() : List.of(grant(belt, role));
            User invited = users.createInvited(caller.username(), username.strip(), email, grants);
            invitation.mailLink(invited.username());
            redirect.addFlashAttribute(ConsoleFlash.ATTRIBUTE, ConsoleFlash.status("people.invited", invited.username(), invited.email()));
            return ConsoleForms.seeOther(PATH + "/" + invited.username());
        } catch (InvalidInputException invalid) {
            redirect.addFlashAttribute("problems", grantFields(ConsoleForms.problems(invalid)));
        } catch (ConflictException taken) {
            redirect.addFlashAttribute("problems", Map.of("username", "is taken: choose another name"));
        }
        redirect.addFlashAttribute("typed", Map.of("username", username, "email", email, "belt", belt, "role", role));
        return ConsoleForms.seeOther(PATH + "#invite");
    }

    @GetMapping(USER)
    ModelAndView user(@PlatformAdmin PortalUser caller, @PathVariable String username) {
        return pages.page("people/user", Map.of("person", UserView.of(users.require(username), tenants.slugsById()),
                "roles", Invitation.codes(EnumSet.allOf(Role.class)), "self", caller.username().equals(username)));
    }

    @PostMapping(USER + "/grants")
    ModelAndView addGrant(@PlatformAdmin PortalUser caller, @PathVariable String username,
                          @RequestParam(defaultValue = "") String belt, @RequestParam(defaultValue = "") String role,
                          RedirectAttributes redirect) {
        return changeGrants(caller, username, redirect, Map.of("belt", belt, "role", role), grants -> grants.add(grant(belt, role)));
    }

    @PostMapping(USER + "/grants/remove")
    ModelAndView removeGrant(@PlatformAdmin PortalUser caller, @PathVariable String username,
                             @RequestParam(defaultValue = "") String belt, @RequestParam(defaultValue = "") String role,
                             RedirectAttributes redirect) {
        return changeGrants(caller, username, redirect, Map.of(), grants -> grants.remove(grant(belt, role)));
    }

    @GetMapping(USER + "/disable")
    ModelAndView confirmDisable(@PlatformAdmin PortalUser caller, @PathVariable String username) {
        return confirm(username, "disable");
    }

    @GetMapping(USER + "/enable")
    ModelAndView confirmEnable(@PlatformAdmin PortalUser caller, @PathVariable String username) {
        return confirm(username, "enable");
    }

    @GetMapping(USER + "/delete")
    ModelAndView confirmDelete(@PlatformAdmin PortalUser caller, @PathVariable String username) {
        return confirm(username, "delete");
    }

    @PostMapping(USER + "/disable")
    ModelAndView disable(@PlatformAdmin PortalUser caller, @PathVariable String username, RedirectAttributes redirect) {
        return setEnabled(caller, username, false, redirect);
    }

    @PostMapping(USER + "/enable")
    ModelAndView enable(@PlatformAdmin PortalUser caller, @PathVariable String username, RedirectAttributes redirect) {
        return setEnabled(caller, username, true, redirect);
    }

    @PostMapping(USER + "/delete")
    ModelAndView delete(@PlatformAdmin PortalUser caller, @PathVariable String username, RedirectAttributes redirect) {
        try {
            users.delete(caller.username(), username);
            redirect.addFlashAttribute(ConsoleFlash.ATTRIBUTE, ConsoleFlash.status("people.deleted", username));
            return ConsoleForms.seeOther(PATH);
        } catch (ConflictException yourself) {
            redirect.addFlashAttribute(ConsoleFlash.ATTRIBUTE, ConsoleFlash.alert("people.notYourself"));
            return ConsoleForms.seeOther(PATH + "/" + username);
        }
    }

    /** Sends the link to set a password again (the first one expired, or was lost). */
    @PostMapping(USER + "/link")
    ModelAndView link(@PlatformAdmin PortalUser caller, @PathVariable String username, RedirectAttributes redirect) {
        User user = users.require(username);
        invitation.mailLink(user.username());
        redirect.addFlashAttribute(ConsoleFlash.ATTRIBUTE, user.email() == null
                ? ConsoleFlash.alert("people.noEmail", username) : ConsoleFlash.status("people.linkSent", username, user.email()));
        return ConsoleForms.seeOther(PATH + "/" + username);
    }

    /** Disabling, enabling and deleting ask on a page of their own first; the page works without JavaScript. */
    private ModelAndView confirm(String username, String change) {
        User user = users.require(username);
        return pages.page("people/confirm", Map.of("question", "people." + change + ".question", "subject", user.username(),
                "action", PATH + "/" + user.username() + "/" + change, "button", "people." + change + ".button",
                "back", PATH + "/" + user.username()));
    }

    private ModelAndView setEnabled(PortalUser caller, String username, boolean enabled, RedirectAttributes redirect) {
        try {
            users.setEnabled(caller.username(), username, enabled);
            redirect.addFlashAttribute(ConsoleFlash.ATTRIBUTE, ConsoleFlash.status(enabled ? "people.enabled" : "people.disabled", username));
        } catch (ConflictException yourself) {
            redirect.addFlashAttribute(ConsoleFlash.ATTRIBUTE, ConsoleFlash.alert("people.notYourself"));
        }
        return ConsoleForms.seeOther(PATH + "/" + username);
    }

    /** Applies {@code change} to the user's grants; on a problem, {@code typed} goes back into the form. */
    private ModelAndView changeGrants(PortalUser caller, String username, RedirectAttributes redirect, Map<String, String> typed,
                                      Consumer<List<UserDraft.GrantDraft>> change) {
        User user = users.require(username);
        Map<TenantId, String> slugs = tenants.slugsById();
        try {
            List<UserDraft.GrantDraft> grants = new ArrayList<>(UserView.of(user, slugs).grants());
            change.accept(grants);
            users.replaceGrants(caller.username(), username, grants);
            redirect.addFlashAttribute(ConsoleFlash.ATTRIBUTE, ConsoleFlash.status("people.grantsChanged", username));
        } catch (InvalidInputException invalid) {
            redirect.addFlashAttribute("problems", grantFields(ConsoleForms.problems(invalid)));
            redirect.addFlashAttribute("typed", typed);
        }
        return ConsoleForms.seeOther(PATH + "/" + username + "#grant");
    }

    /**
     * A grant as the form names it: a belt's slug (none for platform_admin) and a role code; for regional_admin the
     * same field holds the region's code (decision 0040).
     */
    private static UserDraft.GrantDraft grant(String belt, String role) {
        Role parsed = Role.fromCode(role);
        String typed = belt.isBlank() ? null : belt.strip();
        return switch (parsed) {
            case PLATFORM_ADMIN -> new UserDraft.GrantDraft(null, parsed);
            case REGIONAL_ADMIN -> new UserDraft.GrantDraft(null, parsed, typed);
            default -> new UserDraft.GrantDraft(typed, parsed);
        };
    }

    /**
     * The service names a grant's problem {@code grants[0].tenant} or {@code grants[0].region}; the form's fields are
     * {@code belt} and {@code role}.
     */
    private static Map<String, String> grantFields(Map<String, String> problems) {
        return problems.entrySet().stream().collect(Collectors.toMap(
                entry -> entry.getKey().startsWith("grants")
                        ? (entry.getKey().endsWith(".tenant") || entry.getKey().endsWith(".region") ? "belt" : "role") : entry.getKey(),
                Map.Entry::getValue, (first, second) -> first, LinkedHashMap::new));
    }

}
