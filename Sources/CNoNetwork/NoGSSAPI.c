/*
 * libgit2 calls GSSAPI only for HTTP Negotiate authentication, which Lockstep never does, yet
 * linking Debian's libgssapi_krb5 (there is no static one) loads six shared libraries at every
 * start. These definitions take its place: every call reports GSS_S_FAILURE, so Negotiate would
 * simply be unavailable.
 */
/* Linux only: these replace symbols in Debian's static archives (Package.swift). */
#if defined(__linux__)
typedef unsigned int OM_uint32;

#define GSS_S_COMPLETE 0u
#define GSS_S_FAILURE (13u << 16)

void *GSS_C_NT_HOSTBASED_SERVICE = 0;

static OM_uint32 unavailable(OM_uint32 *minor) {
    if (minor) *minor = 0;
    return GSS_S_FAILURE;
}

OM_uint32 gss_indicate_mechs(OM_uint32 *minor, void **mechs) {
    if (mechs) *mechs = 0;
    return unavailable(minor);
}

OM_uint32 gss_import_name(OM_uint32 *minor, const void *buffer, const void *type, void **name) {
    (void)buffer;
    (void)type;
    if (name) *name = 0;
    return unavailable(minor);
}

OM_uint32 gss_init_sec_context(OM_uint32 *minor, void *credential, void **context, void *target, void *mech,
                               OM_uint32 flags, OM_uint32 lifetime, void *bindings, void *input,
                               void **actual_mech, void *output, OM_uint32 *returned_flags, OM_uint32 *time) {
    (void)credential, (void)context, (void)target, (void)mech, (void)flags, (void)lifetime, (void)bindings;
    (void)input, (void)actual_mech, (void)output, (void)returned_flags, (void)time;
    return unavailable(minor);
}

OM_uint32 gss_display_status(OM_uint32 *minor, OM_uint32 status, int type, void *mech, OM_uint32 *context, void *text) {
    (void)status, (void)type, (void)mech, (void)context, (void)text;
    return unavailable(minor);
}

OM_uint32 gss_delete_sec_context(OM_uint32 *minor, void **context, void *output) {
    (void)context, (void)output;
    if (minor) *minor = 0;
    return GSS_S_COMPLETE;
}

OM_uint32 gss_release_buffer(OM_uint32 *minor, void *buffer) {
    (void)buffer;
    if (minor) *minor = 0;
    return GSS_S_COMPLETE;
}

OM_uint32 gss_release_name(OM_uint32 *minor, void **name) {
    (void)name;
    if (minor) *minor = 0;
    return GSS_S_COMPLETE;
}

OM_uint32 gss_release_oid_set(OM_uint32 *minor, void **set) {
    (void)set;
    if (minor) *minor = 0;
    return GSS_S_COMPLETE;
}
#endif
