package be.cloudgroup.privacy.persistence;

import java.util.Objects;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * A {@link Pageable} for an arbitrary row offset, as Vaadin's lazy grids ask for (their offsets
 * are not always a multiple of the page size).
 */
public final class OffsetLimit implements Pageable {

    private final long offset;
    private final int limit;

    private OffsetLimit(long offset, int limit) {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must be >= 0 and limit >= 1");
        }
        this.offset = offset;
        this.limit = limit;
    }

    public static OffsetLimit of(long offset, int limit) {
        return new OffsetLimit(offset, limit);
    }

    @Override
    public int getPageNumber() {
        return (int) (offset / limit);
    }

    @Override
    public int getPageSize() {
        return limit;
    }

    @Override
    public long getOffset() {
        return offset;
    }

    @Override
    public Sort getSort() {
        return Sort.unsorted();
    }

    @Override
    public Pageable next() {
        return new OffsetLimit(offset + limit, limit);
    }

    @Override
    public Pageable previousOrFirst() {
        return new OffsetLimit(Math.max(0, offset - limit), limit);
    }

    @Override
    public Pageable first() {
        return new OffsetLimit(0, limit);
    }

    @Override
    public Pageable withPage(int pageNumber) {
        return new OffsetLimit((long) pageNumber * limit, limit);
    }

    @Override
    public boolean hasPrevious() {
        return offset > 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OffsetLimit that && offset == that.offset && limit == that.limit;
    }

    @Override
    public int hashCode() {
        return Objects.hash(offset, limit);
    }
}
