package dev.claimdesk.store;

import dev.claimdesk.domain.Article;
import dev.claimdesk.domain.ArticleMetadata;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(Article.class)
public interface ArticleDao {

    @SqlUpdate("""
            INSERT INTO article (title, outlet, author, url, published_on, language, format,
                                 body_text, body_sha256, imported_at, imported_by)
            VALUES (:title, :outlet, :author, :url, :publishedOn, :language, :format,
                    :bodyText, :bodySha256, :importedAt, :importedBy)""")
    @GetGeneratedKeys("id")
    long insert(@BindMethods Article article);

    @SqlQuery("SELECT * FROM article WHERE id = ?")
    Optional<Article> find(long id);

    @SqlQuery("SELECT * FROM article WHERE body_sha256 = ? ORDER BY id LIMIT 1")
    Optional<Article> findByBodySha256(String sha256);

    @SqlQuery("SELECT * FROM article ORDER BY imported_at DESC, id DESC")
    List<Article> list();

    /**
     * Every article newest first, for lists: the metadata only, each body read as the empty text
     * (an archive's bodies are megabytes that a list of titles does not show; {@link #find} reads one).
     */
    @SqlQuery("""
            SELECT id, title, outlet, author, url, published_on, language, format, '' AS body_text,
                   body_sha256, imported_at, imported_by
            FROM article ORDER BY imported_at DESC, id DESC""")
    List<Article> listWithoutBodies();

    /** Per article: approved claims, and claims accepted for checking (neither proposed nor dismissed). */
    @SqlQuery("""
            SELECT article_id, count(CASE WHEN state = 'APPROVED' THEN 1 END) AS decided,
                   count(CASE WHEN state NOT IN ('PROPOSED', 'DISMISSED') THEN 1 END) AS accepted
            FROM claim GROUP BY article_id""")
    @org.jdbi.v3.sqlobject.config.RegisterConstructorMapper(dev.claimdesk.domain.ArticleProgress.class)
    List<dev.claimdesk.domain.ArticleProgress> progress();

    @SqlQuery("SELECT count(*) FROM article")
    long count();

    @SqlUpdate("""
            UPDATE article SET title = :title, outlet = :outlet, author = :author, url = :url,
                               published_on = :publishedOn
            WHERE id = :id""")
    int updateMetadata(@Bind("id") long id, @BindMethods ArticleMetadata metadata);
}
