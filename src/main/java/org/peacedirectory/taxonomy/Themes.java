package org.peacedirectory.taxonomy;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Themes extends JpaRepository<Theme, String> {

    List<Theme> findAllByOrderByPosition();
}
