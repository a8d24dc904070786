package org.beltportal.admin.console;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.beltportal.core.system.ConflictException;
import org.beltportal.core.system.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Post/redirect/get for a console form that failed: the service's field problems and what was typed travel
 * in the flash map back to the form's page, which shows each problem beside its field (GOV.UK's pattern).
 * Only forms without secrets use this: what was typed is kept in the session until the next page.
 */
public final class ConsoleForms {

    /** The flash (and model) attribute of what was typed, present when a post sent the form back. */
    public static final String TYPED = "typed";
    static final String PROBLEMS = "problems";

    private ConsoleForms() {
    }

    /** A 303 to {@code path} (without the context path), the answer to every console post. */
    public static ResponseEntity<Void> seeOther(String path, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(request.getContextPath() + path)).build();
    }

    /** The same as a view, for handlers that answer a view; flash attributes set by the handler travel with it. */
    public static ModelAndView seeOther(String path) {
        RedirectView redirect = new RedirectView(path, true);
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        redirect.setExposeModelAttributes(false);
        return new ModelAndView(redirect);
    }

    /** The same as a view, showing {@code flash} on the page at {@code path}. */
    public static ModelAndView seeOther(String path, ConsoleFlash flash, HttpServletRequest request) {
        RequestContextUtils.getOutputFlashMap(request).put(ConsoleFlash.ATTRIBUTE, flash);
        return seeOther(path);
    }

    /** A query string of the parameters that are set (null values left out), for links that keep a list's filters. */
    public static String query(Map<String, String> parameters) {
        return parameters.entrySet().stream().filter(entry -> entry.getValue() != null)
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** A post that worked: {@code flash} is shown on the page at {@code path}. */
    public static ResponseEntity<Void> done(String path, ConsoleFlash flash, HttpServletRequest request,
                                            HttpServletResponse response) {
        RequestContextUtils.getOutputFlashMap(request).put(ConsoleFlash.ATTRIBUTE, flash);
        RequestContextUtils.saveOutputFlashMap(request.getContextPath() + path, request, response);
        return seeOther(path, request);
    }

    /**
     * The first problem of each field; a list item's problem ({@code hosts[2]}) is the list field's, while a field
     * of a list item ({@code grants[0].tenant}) keeps its name for the form to place.
     */
    public static Map<String, String> problems(InvalidInputException invalid) {
        Map<String, String> problems = new LinkedHashMap<>();
        invalid.problems().forEach(problem -> problems.putIfAbsent(problem.field().replaceFirst("\\[\\d+]$", ""), problem.message()));
        return problems;
    }

    /** A collision as a field problem, on {@code fallback} when the service named no field. */
    public static Map<String, String> problems(ConflictException conflict, String fallback) {
        return Map.of(conflict.field() == null ? fallback : conflict.field(), conflict.getMessage());
    }

    /** Sends the form back to {@code path} with its problems and the fields as typed (the CSRF token left out). */
    public static ResponseEntity<Void> back(String path, Map<String, String> problems, HttpServletRequest request,
                                            HttpServletResponse response) {
        return back(path, problems, Map.of(), request, response);
    }

    /** The same with more flash attributes for the page ({@link ConsoleFlash#ATTRIBUTE}, say). */
    public static ResponseEntity<Void> back(String path, Map<String, String> problems, Map<String, ?> more,
                                            HttpServletRequest request, HttpServletResponse response) {
        Map<String, String> typed = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!name.startsWith("_") && values.length > 0) {
                typed.put(name, values[0]);
            }
        });
        FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
        flash.put(TYPED, typed);
        flash.put(PROBLEMS, new LinkedHashMap<>(problems));
        flash.putAll(more);
        RequestContextUtils.saveOutputFlashMap(request.getContextPath() + path, request, response);
        return seeOther(path, request);
    }

    /** Back to the form at {@code path} showing {@code fields} (a preview's checked values, say) and {@code flash}. */
    public static ResponseEntity<Void> shown(String path, Map<String, String> fields, ConsoleFlash flash,
                                             HttpServletRequest request, HttpServletResponse response) {
        FlashMap out = RequestContextUtils.getOutputFlashMap(request);
        out.put(TYPED, new LinkedHashMap<>(fields));
        out.put(PROBLEMS, new LinkedHashMap<String, String>());
        out.put(ConsoleFlash.ATTRIBUTE, flash);
        RequestContextUtils.saveOutputFlashMap(request.getContextPath() + path, request, response);
        return seeOther(path, request);
    }

    /**
     * The model of a form page: {@code form} (what was typed when it comes back refused, else {@code current}),
     * {@code problems} (empty unless refused) and whatever else the post flashed for it.
     */
    public static Map<String, Object> model(HttpServletRequest request, Map<String, String> current) {
        Map<?, ?> flash = RequestContextUtils.getInputFlashMap(request);
        Map<String, Object> model = new LinkedHashMap<>();
        if (flash != null) {
            flash.forEach((name, value) -> model.put(String.valueOf(name), value));
        }
        model.put("form", flash != null && flash.get(TYPED) instanceof Map<?, ?> typed ? typed : current);
        model.put("problems", flash != null && flash.get(PROBLEMS) instanceof Map<?, ?> problems ? problems : Map.of());
        return model;
    }
}
