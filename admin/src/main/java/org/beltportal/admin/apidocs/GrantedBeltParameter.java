package org.beltportal.admin.apidocs;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.beltportal.admin.security.Grant;
import org.beltportal.admin.security.RegionGrant;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.MethodParameter;
import org.springframework.web.method.HandlerMethod;

/**
 * A handler declares its belt as {@code @Grant(...) Tenant tenant}, which the grant resolver fills from the
 * {@code {slug}} path variable (or the parameter {@link Grant#slugParameter} names) and which springdoc, told to
 * ignore {@code Tenant}, would leave out: the belt's slug is documented here as the parameter the client sends.
 * {@code @RegionGrant Region region} likewise becomes the {@code code} path parameter (decision 0040).
 */
class GrantedBeltParameter implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(RegionGrant.class)) {
                addPathParameter(operation, "code", "The region's administrative division code, such as 330000; the caller"
                        + " must be a platform admin or a regional admin of it or a region above it (403), and it must exist (404)");
            }
            Grant grant = parameter.getParameterAnnotation(Grant.class);
            if (grant == null) {
                continue;
            }
            boolean inPath = grant.slugParameter().isEmpty();
            String name = inPath ? "slug" : grant.slugParameter();
            boolean documented = operation.getParameters() != null
                    && operation.getParameters().stream().anyMatch(p -> p.getName().equals(name));
            if (!documented) {
                // A schema and list of our own: springdoc edits both later (a shared schema's type set is unmodifiable).
                List<Parameter> parameters = new ArrayList<>(operation.getParameters() == null ? List.of() : operation.getParameters());
                parameters.add(new Parameter().in(inPath ? "path" : "query").name(name).required(true)
                        .schema(new StringSchema()).description("The belt's slug; the caller needs the "
                                + grant.value().name().toLowerCase() + " right on it (403), and it must exist (404)"));
                operation.setParameters(parameters);
            }
        }
        return operation;
    }

    private static void addPathParameter(Operation operation, String name, String description) {
        if (operation.getParameters() != null && operation.getParameters().stream().anyMatch(p -> p.getName().equals(name))) {
            return;
        }
        List<Parameter> parameters = new ArrayList<>(operation.getParameters() == null ? List.of() : operation.getParameters());
        parameters.add(new Parameter().in("path").name(name).required(true).schema(new StringSchema()).description(description));
        operation.setParameters(parameters);
    }
}
