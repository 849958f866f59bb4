#ifndef CASEINTAKE_CARCHIVE_SHIM_H
#define CASEINTAKE_CARCHIVE_SHIM_H
#include <archive.h>
#include <archive_entry.h>
#include <locale.h>

/* archive_set_error is variadic, which Swift cannot call: a fixed-argument form for callbacks. */
static inline void caseintake_archive_set_error(struct archive *a, int code, const char *message) {
    archive_set_error(a, code, "%s", message);
}
#endif
