#ifndef CASEINTAKE_CMARK_SHIM_H
#define CASEINTAKE_CMARK_SHIM_H
#include <cmark.h>
#endif
