#include "CBatchKernels.h"

#include <math.h>
#include <string.h>

typedef double v4d __attribute__((vector_size(32), aligned(8)));
#define SPLAT(x) ((v4d){(x), (x), (x), (x)})

#if defined(__x86_64__)
#pragma clang attribute push(__attribute__((target("avx2,fma"))), apply_to = function)
#define KERNEL(name) name##_avx2
#include "kernels.inc"
#undef KERNEL
#pragma clang attribute pop

// glibc's vector math library (libmvec), four doubles at a time; each picks its AVX2 + FMA code.
typedef double m256d __attribute__((vector_size(32)));
m256d _ZGVdN4v_exp(m256d);
m256d _ZGVdN4v_tanh(m256d);
m256d _ZGVdN4v_expm1(m256d);
m256d _ZGVdN4v_log(m256d);
m256d _ZGVdN4v_log1p(m256d);

/// Applies a vector function to `count` values, four at a time; the last one to three values go
/// through the same function in a padded vector, so every value gets the same result wherever it is.
__attribute__((target("avx2,fma")))
static void map4(m256d (*f)(m256d), const double *x, double *y, long count) {
    long i = 0;
    for (; i + 4 <= count; i += 4) {
        m256d v;
        memcpy(&v, x + i, sizeof v);
        v = f(v);
        memcpy(y + i, &v, sizeof v);
    }
    if (i < count) {
        double padded[4] = {1, 1, 1, 1};
        memcpy(padded, x + i, (size_t)(count - i) * sizeof(double));
        m256d v;
        memcpy(&v, padded, sizeof v);
        v = f(v);
        memcpy(padded, &v, sizeof v);
        memcpy(y + i, padded, (size_t)(count - i) * sizeof(double));
    }
}

static int has_avx2_fma(void) {
    static int known = -1;
    if (known < 0) {
        __builtin_cpu_init();
        known = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    }
    return known;
}
#else
static int has_avx2_fma(void) { return 0; }
#endif

#define KERNEL(name) name##_baseline
#include "kernels.inc"
#undef KERNEL

void batch_exp(const double *x, double *y, long count) {
#if defined(__x86_64__)
    if (has_avx2_fma()) { map4(_ZGVdN4v_exp, x, y, count); return; }
#endif
    for (long i = 0; i < count; i++) y[i] = exp(x[i]);
}

void batch_tanh(const double *x, double *y, long count) {
#if defined(__x86_64__)
    if (has_avx2_fma()) { map4(_ZGVdN4v_tanh, x, y, count); return; }
#endif
    for (long i = 0; i < count; i++) y[i] = tanh(x[i]);
}

void batch_expm1(const double *x, double *y, long count) {
#if defined(__x86_64__)
    if (has_avx2_fma()) { map4(_ZGVdN4v_expm1, x, y, count); return; }
#endif
    for (long i = 0; i < count; i++) y[i] = expm1(x[i]);
}

void batch_log(const double *x, double *y, long count) {
#if defined(__x86_64__)
    if (has_avx2_fma()) { map4(_ZGVdN4v_log, x, y, count); return; }
#endif
    for (long i = 0; i < count; i++) y[i] = log(x[i]);
}

void batch_log1p(const double *x, double *y, long count) {
#if defined(__x86_64__)
    if (has_avx2_fma()) { map4(_ZGVdN4v_log1p, x, y, count); return; }
#endif
    for (long i = 0; i < count; i++) y[i] = log1p(x[i]);
}

void batch_multiply(
    long rows, long inner, long columns, const double *a, long ars, long acs, const double *b, long ldb,
    double *c, long ldc, int accumulate)
{
#if defined(__x86_64__)
    if (has_avx2_fma()) { multiply_avx2(rows, inner, columns, a, ars, acs, b, ldb, c, ldc, accumulate); return; }
#endif
    multiply_baseline(rows, inner, columns, a, ars, acs, b, ldb, c, ldc, accumulate);
}

void batch_multiply_transposed(
    long rows, long columns, long inner, const double *a, long lda, const double *b, long ldb, double *g, long ldg)
{
#if defined(__x86_64__)
    if (has_avx2_fma()) { multiply_transposed_avx2(rows, columns, inner, a, lda, b, ldb, g, ldg); return; }
#endif
    multiply_transposed_baseline(rows, columns, inner, a, lda, b, ldb, g, ldg);
}

int batch_all_finite(const double *x, long count) {
#if defined(__x86_64__)
    if (has_avx2_fma()) return all_finite_avx2(x, count);
#endif
    return all_finite_baseline(x, count);
}
