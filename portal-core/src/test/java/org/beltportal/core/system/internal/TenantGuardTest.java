package org.beltportal.core.system.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.beltportal.core.product.internal.ProductMapper;
import org.beltportal.core.system.TenantScoped;
import org.beltportal.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class TenantGuardTest extends TestDatabase {

    /** A mapper written the wrong way on purpose: tenant-scoped, but its query forgets the tenant. */
    @Mapper
    @TenantScoped
    interface LeakyMapper {
        @Select("SELECT title FROM product WHERE id = #{id}")
        String titleOf(@Param("id") long id);

        @Select("SELECT title FROM product WHERE id = #{id} AND tenant_id = #{tenantId}")
        String titleWithNullTenant(@Param("id") long id, @Param("tenantId") Long tenantId);
    }

    @Autowired
    LeakyMapper leaky;

    @Autowired
    ProductMapper products;

    @Test
    void statementWithoutTenantConditionFailsLoudly() {
        assertThatThrownBy(() -> leaky.titleOf(1))
                .hasRootCauseInstanceOf(TenantGuardInterceptor.TenantGuardException.class)
                .rootCause().hasMessageContaining("does not filter on tenant_id");
    }

    @Test
    void statementBindingNullTenantFailsLoudly() {
        assertThatThrownBy(() -> leaky.titleWithNullTenant(1, null))
                .hasRootCauseInstanceOf(TenantGuardInterceptor.TenantGuardException.class)
                .rootCause().hasMessageContaining("null tenantId");
    }

    @Test
    void realMapperCalledWithoutTenantFailsLoudly() {
        assertThatThrownBy(() -> products.findById(null, 1))
                .hasRootCauseInstanceOf(TenantGuardInterceptor.TenantGuardException.class);
    }
}
