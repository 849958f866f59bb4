// SHA-256 block functions on the processor's SHA extensions (SHA-NI), one message or two at once.
// Reached only through Intake's `SHA256Stream`, which pads, buffers partial blocks, and falls
// back to swift-crypto where the extensions are missing.
#ifndef CSHA256_H
#define CSHA256_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/// Whether this processor has the instructions the functions below use (SHA, SSSE3, SSE4.1).
bool caseintake_sha256_hardware(void);

/// Runs `blocks` 64-byte blocks of one message from `data` through `state` (H0…H7 of FIPS 180-4).
void caseintake_sha256_blocks(uint32_t state[8], const uint8_t *data, size_t blocks);

/// The same for two messages, `blocks` blocks of each, their rounds interleaved: a round's result
/// is ready four cycles after it starts but another can start every two, so one message leaves
/// the unit half idle and two fill it.
void caseintake_sha256_blocks_x2(
    uint32_t state_a[8], const uint8_t *data_a, uint32_t state_b[8], const uint8_t *data_b, size_t blocks);

#endif
