package org.gapcheck.transfer;

import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * One table that export writes and import reads, its rows as the storage records of {@code type}
 * (whose fields are the table's columns, snake_case in the file as in the database).
 *
 * @param pageSize rows read at a time: fewer where a row can be large (a version holds its gap report)
 * @param page the rows after an id, in id order, a page of them
 * @param insert stores a row with the id it carries
 */
record Table<T>(String name, Class<T> type, int pageSize, Function<T, Long> id, BiFunction<Long, Pageable, List<T>> page,
                Consumer<T> insert, LongSupplier count) {

    /** The page of rows after {@code afterId}; empty past the last. */
    List<T> after(long afterId) {
        return page.apply(afterId, Pageable.from(0, pageSize, Sort.of(Sort.Order.asc("id"))));
    }

    /** Stores {@code row}, which must be of this table's type. */
    void insertRow(Object row) {
        insert.accept(type.cast(row));
    }

    long idOf(Object row) {
        return id.apply(type.cast(row));
    }
}
