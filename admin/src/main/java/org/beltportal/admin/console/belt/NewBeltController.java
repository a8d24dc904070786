package org.beltportal.admin.console.belt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.beltportal.admin.console.ConsoleFlash;
import org.beltportal.admin.console.ConsoleForms;
import org.beltportal.admin.console.ConsolePages;
import org.beltportal.admin.security.PlatformAdmin;
import org.beltportal.admin.security.PortalUser;
import org.beltportal.core.region.Region;
import org.beltportal.core.region.Regions;
import org.beltportal.core.system.BadRequestException;
import org.beltportal.core.system.ConflictException;
import org.beltportal.core.system.InvalidInputException;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.TenantService;
import org.beltportal.core.tenant.TenantSettings;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /admin/belts/new}: a platform admin creates a belt, the same {@code TenantService.create} as
 * {@code POST /admin/api/v1/tenants}, and lands on its home with the setup checklist. Hosts are typed one a line.
 */
@Controller
class NewBeltController {

    static final String PATH = BeltHomeScreen.PATH_PREFIX + "new";

    private final TenantService tenants;
    private final Regions regions;
    private final ConsolePages pages;

    NewBeltController(TenantService tenants, Regions regions, ConsolePages pages) {
        this.tenants = tenants;
        this.regions = regions;
        this.pages = pages;
    }

    @GetMapping(PATH)
    ModelAndView form(@PlatformAdmin PortalUser caller, HttpServletRequest request) {
        Map<String, Object> model = ConsoleForms.model(request, Map.of("timezone", TenantSettings.DEFAULT_TIMEZONE,
                "locale", "zh-CN", "theme", TenantSettings.DEFAULT_THEME));
        model.put("themes", tenants.themes().stream().sorted().toList());
        model.put("locales", List.of("zh-CN", "zh-TW", "en"));
        model.put("regionOptions", regionOptions());
        return pages.page("belt/new", model);
    }

    @PostMapping(PATH)
    ResponseEntity<Void> create(@PlatformAdmin PortalUser caller, @RequestParam Map<String, String> form,
                                HttpServletRequest request, HttpServletResponse response) {
        String slug = blankToNull(form.get("slug"));
        TenantSettings settings = new TenantSettings(blankToNull(form.get("name")), blankToNull(form.get("nameEn")),
                blankToNull(form.get("region")), blankToNull(form.get("locale")), blankToNull(form.get("timezone")),
                blankToNull(form.get("theme")), blankToNull(form.get("icpNumber")));
        try {
            Tenant created = tenants.create(caller.username(), slug, settings, hosts(form.get("hosts")),
                    blankToNull(form.get("regionCode")));
            return ConsoleForms.done(BeltHomeScreen.pathOf(created), ConsoleFlash.status("newBelt.created", created.name()),
                    request, response);
        } catch (InvalidInputException invalid) {
            return ConsoleForms.back(PATH, ConsoleForms.problems(invalid), request, response);
        } catch (ConflictException taken) {
            return ConsoleForms.back(PATH, ConsoleForms.problems(taken, "slug"), request, response);
        } catch (BadRequestException unknownTheme) {
            // The form offers only built-in themes; a forged or outdated post names another one.
            return ConsoleForms.back(PATH, Map.of("theme", unknownTheme.getMessage()), request, response);
        }
    }

    /** Every node as "浙江省 › 金华市 › 义乌市 · 330782", in tree order: the codes the form offers (decision 0040). */
    private Map<String, String> regionOptions() {
        List<Region> all = regions.all();
        Map<String, Region> byCode = all.stream().collect(Collectors.toMap(Region::code, r -> r));
        Map<String, String> options = new LinkedHashMap<>();
        for (Region region : all) {
            List<String> names = new ArrayList<>();
            for (Region at = region; at != null; at = at.parentCode() == null ? null : byCode.get(at.parentCode())) {
                names.addFirst(at.name());
            }
            options.put(region.code(), String.join(" › ", names) + " · " + region.code());
        }
        return options;
    }

    /** One host a line (commas and spaces also separate); blank lines are no host. */
    private static List<String> hosts(String typed) {
        return typed == null ? List.of() : Arrays.stream(typed.split("[\\s,]+")).filter(host -> !host.isBlank()).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
