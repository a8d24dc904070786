package org.beltportal.admin.insight;

import org.beltportal.admin.security.PlatformAdmin;
import org.beltportal.admin.security.PortalUser;
import org.beltportal.admin.security.RegionGrant;
import org.beltportal.core.region.Region;
import org.beltportal.core.system.InvalidInputException;
import org.beltportal.core.system.web.ApiError;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The region and platform dashboards as JSON (docs/api.md): {@code GET regions/{code}/insight/dashboard} for whoever
 * reaches the node (decision 0040: another region is 403, an unknown code 404) and {@code GET insight/dashboard}
 * for platform admins, each {@code ?from=&to=&metric=}. Bad parameters are 400 naming the parameter, as the
 * summary's are: they are a query string.
 */
@RestController
public class RegionInsightController {

    private final RegionDashboards dashboards;

    RegionInsightController(RegionDashboards dashboards) {
        this.dashboards = dashboards;
    }

    @GetMapping("/admin/api/v1/regions/{code}/insight/dashboard")
    RegionDashboardView region(@RegionGrant Region region, @RequestParam(required = false) String from,
                               @RequestParam(required = false) String to, @RequestParam(required = false) String metric) {
        return dashboards.region(region, from, to, metric);
    }

    @GetMapping("/admin/api/v1/insight/dashboard")
    RegionDashboardView platform(@PlatformAdmin PortalUser caller, @RequestParam(required = false) String from,
                                 @RequestParam(required = false) String to, @RequestParam(required = false) String metric) {
        return dashboards.platform(from, to, metric);
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ApiError> badParameter(InvalidInputException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(new ApiError("bad_request", e.getMessage(), e.problems()));
    }
}
