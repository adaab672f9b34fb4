/* CStartCheck has no API: linking it runs its start-up check (ProcCheck.c). */
