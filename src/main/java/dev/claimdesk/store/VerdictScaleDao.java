package dev.claimdesk.store;

import dev.claimdesk.domain.VerdictLabel;
import dev.claimdesk.domain.VerdictScale;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterRowMapper(VerdictLabelMapper.class)
public interface VerdictScaleDao {

    /** The seeded default scale (code CLAIMDESK), the desk's default until it chooses another. */
    String DEFAULT_SCALE = "CLAIMDESK";

    default List<VerdictScale> list() {
        return scaleRows().stream()
                .map(s -> new VerdictScale(s.id(), s.code(), s.name(), labels(s.id())))
                .toList();
    }

    default Optional<VerdictScale> findByCode(String code) {
        return list().stream().filter(s -> s.code().equals(code)).findFirst();
    }

    default Optional<VerdictScale> find(long scaleId) {
        return list().stream().filter(s -> s.id() == scaleId).findFirst();
    }

    /** The desk's default scale (desk_setting default_scale), else the seeded one. */
    default VerdictScale defaultScale() {
        return deskDefaultCode()
                .flatMap(this::findByCode)
                .or(() -> findByCode(DEFAULT_SCALE))
                .orElseThrow(() -> new IllegalStateException("default scale missing"));
    }

    /** The scale of one article: its own when chosen, else the desk's default. */
    default VerdictScale scaleOf(long articleId) {
        return articleScaleId(articleId).flatMap(this::find).orElseGet(this::defaultScale);
    }

    /** Adds an organisation's own scale with its labels; returns the new scale's id. */
    default long insert(VerdictScale scale) {
        long id = insertScale(scale.code(), scale.name());
        for (VerdictLabel l : scale.labels()) {
            insertLabel(l.withScale(0, id));
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

    @SqlUpdate("UPDATE verdict_scale SET name = :name WHERE id = :id")
    int renameScale(@Bind("id") long id, @Bind("name") String name);

    @SqlUpdate("""
            INSERT INTO verdict_label (scale_id, code, name, ordinal, colour, hotkey, sort_order, rating_value,
                                       alternate_name, retired)
            VALUES (:scaleId, :code, :name, :ordinal, :colour, :hotkey, :sortOrder, :ratingValue, :alternateName,
                    :retired)""")
    void insertLabel(@BindMethods VerdictLabel label);

    @SqlUpdate("""
            UPDATE verdict_label SET code = :code, name = :name, ordinal = :ordinal, colour = :colour,
                                     hotkey = :hotkey, sort_order = :sortOrder, rating_value = :ratingValue,
                                     alternate_name = :alternateName, retired = :retired
            WHERE id = :id""")
    int updateLabel(@BindMethods VerdictLabel label);

    @SqlUpdate("DELETE FROM verdict_label WHERE id = ?")
    int deleteLabel(long labelId);

    /** How many claims and reviews name the label (a label in use is retired, never deleted). */
    @SqlQuery("""
            SELECT (SELECT count(*) FROM claim WHERE verdict_label_id = :id)
                 + (SELECT count(*) FROM review WHERE label_id = :id)""")
    long uses(@Bind("id") long labelId);

    @SqlQuery("SELECT value FROM desk_setting WHERE key = 'default_scale'")
    Optional<String> deskDefaultCode();

    @SqlUpdate("UPDATE desk_setting SET value = :code WHERE key = 'default_scale'")
    int setDeskDefaultCode(@Bind("code") String code);

    @SqlQuery("SELECT scale_id FROM article WHERE id = ? AND scale_id IS NOT NULL")
    Optional<Long> articleScaleId(long articleId);

    @SqlUpdate("UPDATE article SET scale_id = :scaleId WHERE id = :articleId")
    int setArticleScale(@Bind("articleId") long articleId, @Bind("scaleId") Long scaleId);

    @SqlQuery("SELECT count(*) FROM claim WHERE article_id = ? AND verdict_label_id IS NOT NULL")
    long verdictsInArticle(long articleId);

    /** A verdict_scale row without its labels. */
    record ScaleRow(long id, String code, String name) {}
}
