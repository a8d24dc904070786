package org.beltportal.admin.security;

import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.beltportal.admin.console.ConsoleFlash;
import org.beltportal.admin.console.ConsolePages;
import org.beltportal.core.system.InvalidInputException;
import org.beltportal.core.system.TooManyRequestsException;
import org.beltportal.core.system.web.ClientAddress;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The console's "change password" page at {@code /admin/password}: the same change as
 * {@code PUT /admin/api/v1/me/password}, posted and redirected (post/redirect/get). Errors come back through
 * the flash map as field and message only; what was typed is never sent back to the browser.
 */
@Controller
public class PasswordPageController {

    static final String PATH = "/admin/password";
    private static final String PROBLEMS = "passwordProblems";

    private final OwnPasswordChange passwords;
    private final ConsolePages pages;

    PasswordPageController(OwnPasswordChange passwords, ConsolePages pages) {
        this.passwords = passwords;
        this.pages = pages;
    }

    @GetMapping(PATH)
    ModelAndView form(@AuthenticationPrincipal PortalUser caller, HttpServletRequest request) {
        Map<?, ?> flash = RequestContextUtils.getInputFlashMap(request);
        Map<String, String> problems = new LinkedHashMap<>();
        if (flash != null && flash.get(PROBLEMS) instanceof Map<?, ?> stored) {
            stored.forEach((field, message) -> problems.put(String.valueOf(field), String.valueOf(message)));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("username", caller.username());
        model.put("problems", problems);
        if (request.getParameter("changed") != null) {
            model.put(ConsoleFlash.ATTRIBUTE, ConsoleFlash.status("password.changed"));
        }
        return pages.page("security/password", model);
    }

    @PostMapping(PATH)
    ResponseEntity<Void> change(@AuthenticationPrincipal PortalUser caller, ClientAddress address,
                                @RequestParam(required = false) String currentPassword,
                                @RequestParam(required = false) String newPassword,
                                HttpServletRequest request, HttpServletResponse response) {
        Map<String, String> problems = new LinkedHashMap<>();
        try {
            passwords.change(caller, address, currentPassword, newPassword, request, response);
            return seeOther(PATH + "?changed", request);
        } catch (InvalidInputException invalid) {
            invalid.problems().forEach(problem -> problems.putIfAbsent(problem.field(), problem.message()));
        } catch (TooManyRequestsException throttled) {
            problems.put("currentPassword", "was wrong too often; try again in " + throttled.retryAfterSeconds() + " seconds");
        }
        FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
        flash.put(PROBLEMS, problems);
        RequestContextUtils.saveOutputFlashMap(PATH, request, response);
        return seeOther(PATH, request);
    }

    private static ResponseEntity<Void> seeOther(String path, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(request.getContextPath() + path)).build();
    }
}
