package org.beltportal.admin.security;

import java.util.LinkedHashMap;
import java.util.Map;

import org.beltportal.admin.console.ConsolePages;
import org.beltportal.core.system.InvalidInputException;
import org.beltportal.core.system.NotFoundException;
import org.beltportal.core.system.TooManyRequestsException;
import org.beltportal.core.system.web.ClientAddress;
import org.beltportal.core.user.PasswordResets;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The console's pages around the reset API, for people who cannot log in: {@code /admin/password-reset} asks
 * for a name or address; the mailed link ({@code ?token=}) asks for the new password. Forms carry the CSRF
 * token; the answer to a request is the API's, the same whether or not the name exists.
 */
@Controller
public class PasswordResetPageController {

    static final String PAGE = "/admin/password-reset";
    private static final String TEMPLATE = "security/reset";

    private final PasswordResetController api;
    private final PasswordResets resets;
    private final ConsolePages pages;

    PasswordResetPageController(PasswordResetController api, PasswordResets resets, ConsolePages pages) {
        this.api = api;
        this.resets = resets;
        this.pages = pages;
    }

    @GetMapping(PAGE)
    ModelAndView form(@RequestParam(required = false) String token) {
        if (token == null) {
            return page(HttpStatus.OK, "request");
        }
        // A used or expired link says so at once, rather than after a new password was typed for nothing.
        return resets.usable(token) ? newPasswordForm(HttpStatus.OK, token, Map.of()) : page(HttpStatus.NOT_FOUND, "invalid");
    }

    @PostMapping(PAGE + "/request")
    ModelAndView requested(ClientAddress address, @RequestParam(defaultValue = "") String usernameOrEmail) {
        api.request(address, usernameOrEmail);
        return page(HttpStatus.OK, "sent");
    }

    @PostMapping(PAGE)
    ModelAndView reset(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String newPassword) {
        try {
            resets.complete(token, newPassword);
        } catch (InvalidInputException weak) {
            Map<String, String> problems = new LinkedHashMap<>();
            weak.problems().forEach(problem -> problems.putIfAbsent("newPassword", problem.message()));
            return newPasswordForm(HttpStatus.UNPROCESSABLE_CONTENT, token, problems);
        } catch (NotFoundException | TooManyRequestsException refused) {
            return page(HttpStatus.NOT_FOUND, "invalid");
        }
        return page(HttpStatus.OK, "done");
    }

    private ModelAndView newPasswordForm(HttpStatus status, String token, Map<String, String> problems) {
        return pages.page(status, TEMPLATE, Map.of("state", "form", "token", token, "problems", problems));
    }

    private ModelAndView page(HttpStatus status, String state) {
        return pages.page(status, TEMPLATE, Map.of("state", state, "problems", Map.of()));
    }
}
