package dev.claimdesk.store;

import dev.claimdesk.domain.VerdictLabel;
import dev.claimdesk.domain.VerdictScale;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(VerdictLabel.class)
public interface VerdictScaleDao {

    /** The seeded default scale (code CLAIMDESK). */
    String DEFAULT_SCALE = "CLAIMDESK";

    default List<VerdictScale> list() {
        return scaleRows().stream()
                .map(s -> new VerdictScale(s.id(), s.code(), s.name(), labels(s.id())))
                .toList();
    }

    default Optional<VerdictScale> findByCode(String code) {
        return list().stream().filter(s -> s.code().equals(code)).findFirst();
    }

    default VerdictScale defaultScale() {
        return findByCode(DEFAULT_SCALE).orElseThrow(() -> new IllegalStateException("default scale missing"));
    }

    /** Adds an organisation's own scale with its labels; returns the new scale's id. */
    default long insert(VerdictScale scale) {
        long id = insertScale(scale.code(), scale.name());
        for (VerdictLabel l : scale.labels()) {
            insertLabel(
                    new VerdictLabel(0, id, l.code(), l.name(), l.ordinal(), l.colour(), l.hotkey(), l.sortOrder()));
        }
        return id;
    }

    @SqlQuery("SELECT * FROM verdict_label WHERE id = ?")
    Optional<VerdictLabel> findLabel(long labelId);

    @SqlQuery("SELECT * FROM verdict_label WHERE scale_id = ? ORDER BY sort_order, id")
    List<VerdictLabel> labels(long scaleId);

    @SqlQuery("SELECT id, code, name FROM verdict_scale ORDER BY id")
    @RegisterConstructorMapper(ScaleRow.class)
    List<ScaleRow> scaleRows();

    @SqlUpdate("INSERT INTO verdict_scale (code, name) VALUES (:code, :name)")
    @GetGeneratedKeys("id")
    long insertScale(@Bind("code") String code, @Bind("name") String name);

    @SqlUpdate("""
            INSERT INTO verdict_label (scale_id, code, name, ordinal, colour, hotkey, sort_order)
            VALUES (:scaleId, :code, :name, :ordinal, :colour, :hotkey, :sortOrder)""")
    void insertLabel(@BindMethods VerdictLabel label);

    /** A verdict_scale row without its labels. */
    record ScaleRow(long id, String code, String name) {}
}
