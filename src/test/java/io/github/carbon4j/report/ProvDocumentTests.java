package io.github.carbon4j.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.cfg.HandlerInstantiator;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.jsontype.TypeIdResolver;
import com.fasterxml.jackson.databind.jsontype.TypeResolverBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openprovenance.prov.core.json.serialization.ProvDeserialiser;
import org.openprovenance.prov.core.json.serialization.deserial.CustomAttributeMapDeserializer;
import org.openprovenance.prov.model.Activity;
import org.openprovenance.prov.model.Agent;
import org.openprovenance.prov.model.Document;
import org.openprovenance.prov.model.Entity;
import org.openprovenance.prov.model.Statement;
import org.openprovenance.prov.model.WasAssociatedWith;
import org.openprovenance.prov.model.WasGeneratedBy;
import org.openprovenance.prov.model.WasInformedBy;

/**
 * The PROV-JSON document read back by ProvToolbox, the W3C PROV library for the JVM, and its
 * yProv4ML attributes checked on the JSON itself (ProvToolbox 2.2.1 reads single attribute values
 * only when written as arrays, which yProv4ML's own readers do not accept).
 */
class ProvDocumentTests {

    private static final String RUN = "run-prov";

    @TempDir
    Path directory;

    private Path document() {
        ReportTestCases.writeGoldenRun(directory, RUN);
        return directory.resolve("prov/golden_" + RUN + "/prov_golden_GR0_" + RUN + ".json");
    }

    @Test
    void provToolboxReadsTheStatementsAndRelations() throws IOException {
        Document document = ProvToolbox.read(document());

        List<Statement> statements = new ArrayList<>();
        document.getStatementOrBundle().forEach(s -> statements.add((Statement) s));
        assertThat(only(statements, Agent.class))
                .extracting(a -> a.getId().getLocalPart())
                .containsExactly("ci");
        assertThat(only(statements, Activity.class))
                .extracting(a -> a.getId().getLocalPart())
                .containsExactlyInAnyOrder(
                        "golden_GR0_" + RUN,
                        "Training",
                        "carbon4j//Training",
                        "Validation",
                        "carbon4j//Validation",
                        Weird.ID,
                        "carbon4j//" + Weird.ID);
        assertThat(only(statements, Activity.class)).allSatisfy(a -> {
            assertThat(a.getStartTime()).isNotNull();
            assertThat(a.getEndTime()).isNotNull();
        });
        List<Entity> entities = only(statements, Entity.class);
        assertThat(entities).hasSize(11 * 3);
        assertThat(entities)
                .extracting(e -> e.getId().getLocalPart())
                .contains(
                        "carbon4j//emissions//Training",
                        "carbon4j//energy_consumed//Validation",
                        "carbon4j//embodied_emissions//Training",
                        "carbon4j//sci//Validation",
                        "carbon4j//emissions_rate//" + Weird.ID);
        assertThat(only(statements, WasGeneratedBy.class)).hasSize(33).allSatisfy(g -> {
            String entity = g.getEntity().getLocalPart();
            String context = entity.substring(entity.lastIndexOf("//") + 2);
            assertThat(g.getActivity().getLocalPart()).isEqualTo("carbon4j//" + context);
        });
        assertThat(only(statements, WasInformedBy.class))
                .extracting(w -> w.getInformant().getLocalPart() + " -> "
                        + w.getInformed().getLocalPart())
                .containsExactlyInAnyOrder(
                        "golden_GR0_" + RUN + " -> Training", "Training -> carbon4j//Training",
                        "golden_GR0_" + RUN + " -> Validation", "Validation -> carbon4j//Validation",
                        "golden_GR0_" + RUN + " -> " + Weird.ID, Weird.ID + " -> carbon4j//" + Weird.ID);
        assertThat(only(statements, WasAssociatedWith.class))
                .singleElement()
                .satisfies(w -> assertThat(w.getAgent().getLocalPart()).isEqualTo("ci"));
    }

    @Test
    void everyMetricEntityNamesItsFileContextAndUnit() throws IOException {
        JsonNode root = ReportTestCases.MAPPER.readTree(document().toFile());
        List<Map.Entry<String, JsonNode>> entities =
                new ArrayList<>(root.get("entity").properties());

        assertThat(entities).hasSize(33).allSatisfy(e -> {
            JsonNode entity = e.getValue();
            assertThat(entity.get("prov:type").asText()).isEqualTo("provml:Metric");
            assertThat(entity.get("yprov:source").asText()).isEqualTo("carbon4j");
            Path file = Path.of(entity.get("dcterms:identifier").asText());
            String metric = e.getKey().split("//")[1];
            String firstLine = ReportTestCases.read(file).lines().findFirst().orElseThrow();
            assertThat(Csv.split(firstLine))
                    .containsExactly(metric, entity.get("yprov:context").asText(), "carbon4j");
            assertThat(entity.get("yprov:file_size").get("$").asText()).isEqualTo(Long.toString(Files.size(file)));
            assertThat(entity.get("yprov:unit").asText())
                    .isEqualTo(ProvFiles.METRICS.get(metric).unit());
        });
        assertThat(root.get("entity")
                        .get("carbon4j//emissions_rate//" + Weird.ID)
                        .get("yprov:context")
                        .asText())
                .isEqualTo(ReportTestCases.WEIRD);
    }

    @Test
    void contextNamesBecomeValidLocalNames() {
        assertThat(ProvDocument.localName("Training")).isEqualTo("Training");
        assertThat(ProvDocument.localName("com.example.FooTests")).isEqualTo("com.example.FooTests");
        assertThat(ProvDocument.localName("a b,é")).isEqualTo("a%20b%2C%C3%A9");
    }

    private static <T> List<T> only(List<Statement> statements, Class<T> type) {
        return statements.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The weird context of the test run as a local name. */
    private static final class Weird {
        static final String ID = ProvDocument.localName(ReportTestCases.WEIRD);
    }

    /**
     * ProvToolbox 2.2.1 was built against Jackson 2.17, which created its attribute-map deserializer
     * without a no-argument constructor; the Jackson this project pins needs to be told how.
     */
    static final class ProvToolbox {
        static Document read(Path file) throws IOException {
            ObjectMapper mapper = new ObjectMapper();
            mapper.setHandlerInstantiator(new HandlerInstantiator() {
                @Override
                public JsonDeserializer<?> deserializerInstance(
                        DeserializationConfig config, Annotated annotated, Class<?> type) {
                    return type == CustomAttributeMapDeserializer.class
                            ? new CustomAttributeMapDeserializer(
                                    config.getTypeFactory().constructType(Map.class))
                            : null;
                }

                @Override
                public KeyDeserializer keyDeserializerInstance(
                        DeserializationConfig config, Annotated annotated, Class<?> type) {
                    return null;
                }

                @Override
                public JsonSerializer<?> serializerInstance(
                        SerializationConfig config, Annotated annotated, Class<?> type) {
                    return null;
                }

                @Override
                public TypeResolverBuilder<?> typeResolverBuilderInstance(
                        MapperConfig<?> config, Annotated annotated, Class<?> type) {
                    return null;
                }

                @Override
                public TypeIdResolver typeIdResolverInstance(
                        MapperConfig<?> config, Annotated annotated, Class<?> type) {
                    return null;
                }
            });
            return new ProvDeserialiser(mapper).deserialiseDocument(file.toFile());
        }
    }
}
