package io.github.carbon4j;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.carbon4j.internal.KeyNames;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The key names that messages below the façade cite are the configuration's own. */
class KeyNamesTests {

    @Test
    void everyKeyNameIsTheConfigurationKeyOfTheSameName() throws Exception {
        Field[] names = Arrays.stream(KeyNames.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()))
                .toArray(Field[]::new);

        assertThat(names).hasSizeGreaterThanOrEqualTo(12);
        for (Field name : names) {
            assertThat(name.get(null))
                    .as(name.getName())
                    .isEqualTo(ConfigKeys.class.getField(name.getName()).get(null));
        }
    }

    @Test
    void environmentNamesAreTheConfigurationsToo() {
        for (String key : ConfigKeys.ALL) {
            assertThat(KeyNames.environmentName(key)).isEqualTo(ConfigKeys.environmentName(key));
        }
    }
}
