package org.beltportal.admin.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.mockito.BDDMockito.then;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.beltportal.admin.security.LoginThrottle;
import org.beltportal.admin.security.PasswordAuthenticationProvider;
import org.beltportal.admin.security.PortalUser;
import org.beltportal.admin.security.RightsWebConfiguration;
import org.beltportal.admin.security.SecurityConfiguration;
import org.beltportal.core.product.PriceTier;
import org.beltportal.core.product.Product;
import org.beltportal.core.product.ProductDraft;
import org.beltportal.core.product.ProductService;
import org.beltportal.core.product.ProductStatus;
import org.beltportal.core.system.InvalidInputException;
import org.beltportal.core.system.CursorPage;
import org.beltportal.core.system.web.ApiErrorWriter;
import org.beltportal.core.system.web.ApiExceptionHandler;
import org.beltportal.core.system.web.JsonMergePatch;
import org.beltportal.core.system.web.StrictJsonConfiguration;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.TenantId;
import org.beltportal.core.region.Regions;
import org.beltportal.core.tenant.TenantService;
import org.beltportal.core.tenant.TenantStatus;
import org.beltportal.core.testing.InMemoryLimits;
import org.beltportal.core.user.Role;
import org.beltportal.core.user.RoleGrant;
import org.beltportal.core.user.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The web slice: JSON shapes, role checks and error mapping, with the services mocked. */
@WebMvcTest(ProductAdminController.class)
@Import({SecurityConfiguration.class, RightsWebConfiguration.class, ApiExceptionHandler.class, ApiErrorWriter.class,
        JsonMergePatch.class, StrictJsonConfiguration.class,
        PasswordAuthenticationProvider.class, LoginThrottle.class, InMemoryLimits.class})
class ProductAdminControllerTest {

    static final TenantId ZHILI = new TenantId(7);
    static final Instant NOW = Instant.parse("2026-11-21T00:00:00Z");

    @Autowired
    MockMvc mvc;
    @MockitoBean
    ProductService products;
    @MockitoBean
    TenantService tenants;
    /** Read by the rights resolvers of region endpoints (decision 0040); none is called here. */
    @MockitoBean
    Regions regions;
    @MockitoBean
    UserService users;

    @BeforeEach
    void zhiliExists() {
        given(tenants.requireBySlug("zhili")).willReturn(new Tenant(ZHILI, "zhili", "织里", null, null, "zh-CN",
                "Asia/Shanghai", "catalog", TenantStatus.ACTIVE, null, NOW, NOW));
    }

    static Authentication as(Role role) {
        PortalUser user = new PortalUser(1, "someone", List.of(new RoleGrant(ZHILI, role)), "stamp");
        return UsernamePasswordAuthenticationToken.authenticated(user, null, List.of());
    }

    static Product dress() {
        return new Product(11, ZHILI, "ZL-1", "女童连衣裙", null, null, "童装/女童", 3, 30, "件", new BigDecimal("22.50"),
                List.of(new PriceTier(30, new BigDecimal("25.80")), new PriceTier(300, new BigDecimal("22.50"))),
                Map.of("材质", "纯棉"), List.of(), ProductStatus.ACTIVE, NOW, NOW);
    }

    @Test
    void listingHasTheContractShape() throws Exception {
        given(products.list(eq(ZHILI), any(), any(), any())).willReturn(new CursorPage<>(List.of(dress()), 1, 0, 50, null));

        mvc.perform(get("/admin/api/v1/tenants/zhili/products").with(authentication(as(Role.CAMPAIGN_MANAGER))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].sku").value("ZL-1"))
                .andExpect(jsonPath("$.items[0].priceTiers[1].minQty").value(300))
                .andExpect(jsonPath("$.items[0].status").value("active"))
                .andExpect(jsonPath("$.items[0].active").doesNotExist());
    }

    @Test
    void campaignManagerMayNotWriteProducts() throws Exception {
        mvc.perform(post("/admin/api/v1/tenants/zhili/products").with(authentication(as(Role.CAMPAIGN_MANAGER))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"sku\":\"X\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error").value("forbidden"))
                .andExpect(jsonPath("$.message").value("someone may not catalog on zhili"));
    }

    @Test
    void domainValidationBecomes422WithDetails() throws Exception {
        given(products.create(any(), eq(ZHILI), any())).willThrow(InvalidInputException.of("moq", "must be between 1 and 1000000000"));

        mvc.perform(post("/admin/api/v1/tenants/zhili/products").with(authentication(as(Role.EDITOR))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"sku\":\"X\",\"moq\":0}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.error").value("invalid"))
                .andExpect(jsonPath("$.details[0].field").value("moq"));
    }

    @Test
    void unknownEnumValueIs422NotA500() throws Exception {
        mvc.perform(post("/admin/api/v1/tenants/zhili/products").with(authentication(as(Role.EDITOR))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"sku\":\"X\",\"status\":\"deleted\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.details[0].field").value("status"));
    }

    @Test
    void patchUpdatesTheCurrentProductWithOnlyTheNamedFieldsChanged() throws Exception {
        given(products.require(ZHILI, 11)).willReturn(dress());
        given(products.update(any(), eq(ZHILI), eq(11L), any())).willReturn(dress());

        mvc.perform(patch("/admin/api/v1/tenants/zhili/products/11").with(authentication(as(Role.EDITOR))).with(csrf())
                        .contentType("application/merge-patch+json").content("{\"title\": \"女童纯棉连衣裙\", \"images\": null}"))
                .andExpect(status().isOk());

        ArgumentCaptor<ProductDraft> draft = ArgumentCaptor.forClass(ProductDraft.class);
        then(products).should().update(eq("someone"), eq(ZHILI), eq(11L), draft.capture());
        Product current = dress();
        assertThat(draft.getValue()).usingRecursiveComparison().withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(new ProductDraft("ZL-1", "女童纯棉连衣裙", null, null, "童装/女童", 3L, 30, "件",
                current.priceTiers(), current.attributes(), List.of(), ProductStatus.ACTIVE));
    }

    @Test
    void campaignManagerMayNotPatchProducts() throws Exception {
        mvc.perform(patch("/admin/api/v1/tenants/zhili/products/11").with(authentication(as(Role.CAMPAIGN_MANAGER))).with(csrf())
                        .contentType("application/merge-patch+json").content("{\"title\": \"x\"}"))
                .andExpect(status().isForbidden());
        then(products).shouldHaveNoInteractions();
    }

    @Test
    void wrongTypesAndUnknownFieldsAre400NamingTheField() throws Exception {
        mvc.perform(post("/admin/api/v1/tenants/zhili/products").with(authentication(as(Role.EDITOR))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"sku\":\"X\",\"priceTiers\":[{\"minQty\":1,\"price\":true}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.details[0].field").value("priceTiers[0].price"))
                .andExpect(jsonPath("$.details[0].message").value("must be a number"));
        mvc.perform(post("/admin/api/v1/tenants/zhili/products").with(authentication(as(Role.EDITOR))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"sku\":\"X\",\"colour\":\"red\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("bad_request"))
                .andExpect(jsonPath("$.details[0].field").value("colour"));
        then(products).shouldHaveNoInteractions();
    }

    @Test
    void anonymousCallerIs401() throws Exception {
        mvc.perform(get("/admin/api/v1/tenants/zhili/products"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error").value("unauthorized"));
    }
}
