// Generated from openapi.json by `npm run openapi` (openapi-typescript). Do not edit.
export interface paths {
    "/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Describe the dataset
         * @description The dataset’s name, version, when it was built, its licence, how many records it holds, and links to the lists and the docs.
         */
        get: operations["getDataset"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness
         * @description The process is up.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness
         * @description The database is open, readable and migrated to exactly the migrations this code knows.
         */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/problems/{type}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Describe a kind of problem
         * @description The documentation a problem’s `type` URI points to.
         */
        get: operations["getProblemType"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/penalties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List penalties
         * @description Every enforcement action, filtered and sorted, a page at a time. Follow `next_cursor` (or the `Link: rel="next"` header) for the next page; paging never repeats or skips a record.
         */
        get: operations["listPenalties"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/penalties/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a penalty
         * @description One enforcement action, with its citations and what people said about it.
         */
        get: operations["getPenalty"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List organisations
         * @description Organisations penalised or party to an incident, filtered by name or alias, sector, role or text, a page at a time.
         */
        get: operations["listOrganisations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an organisation
         * @description One organisation with its penalties, the incidents it was party to and in what role, its people, what it said, and its penalty totals per currency.
         */
        get: operations["getOrganisation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List incidents
         * @description Incidents filtered by party, role, kind of data, period or text, a page at a time.
         */
        get: operations["listIncidents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an incident
         * @description One incident with its parties and their roles, its figures, its penalties and what people said about it.
         */
        get: operations["getIncident"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List sources
         * @description The articles the dataset is built from, by id.
         */
        get: operations["listSources"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sources/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a source
         * @description One article’s metadata, and every record that cites it.
         */
        get: operations["getSource"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stats/penalties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Count and sum penalties by group
         * @description How many penalties match the filters (the same as /penalties) per value of one or two fields, with the sum of their amounts in each currency. Currencies are never added together or converted. Every matching action counts, proposals included: filter by `status` to count, say, only imposed penalties.
         */
        get: operations["getPenaltyStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/export/{resource}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export every record of a resource
         * @description All records of `resource`, in id order, streamed: NDJSON (one JSON record per line, the same shape as the list endpoints) or CSV (the same columns as the list endpoints give with `format=csv`). The dataset version is in the `X-Dataset-Version` header and the file name.
         */
        get: operations["exportRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description A related record, by id and name; fetch it by id for the rest. */
        Summary: {
            id: string;
            name: string;
        };
        /** @description A date as precise as the source states it, and no more. */
        PartialDate: {
            /**
             * @description ISO 8601 at the precision the source gives: YYYY, YYYY-MM or YYYY-MM-DD.
             * @example 2013-10
             */
            date: string;
            /** @enum {string} */
            precision: "year" | "month" | "day";
            /**
             * @description The words of the source.
             * @example October 2013
             */
            text: string;
        };
        /** @description An amount of money as reported: integer minor units, the currency it was reported in, and the words. */
        Money: {
            /**
             * @description Integer minor units of `currency` (pence, cents).
             * @example 17500000
             */
            amount_minor: number;
            /**
             * @description ISO 4217 code, as reported: never converted.
             * @example GBP
             */
            currency: string;
            /**
             * @description The same amount in major units, as an exact decimal string.
             * @example 175000.00
             */
            amount_major: string;
            /**
             * @description The amount as the source words it.
             * @example £175,000
             */
            amount_text: string;
            /**
             * @description Whether the source gives it exactly, or as "over", "up to", "about"…
             * @enum {string}
             */
            amount_qualifier: "exact" | "approximate" | "more_than" | "at_least" | "fewer_than" | "up_to";
        };
        /** @description An RFC 9457 problem details object; every error response is one. */
        Problem: {
            /**
             * @description A URI reference naming the kind of problem.
             * @example /problems/invalid-parameters
             */
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            /** @description For a 400: each parameter that was refused, and why. */
            invalid_params?: {
                name: string;
                reason: string;
            }[];
        };
        /** @description With `count=true`: how many records match the filters, on every page. Counting stops at 10,000, so a broad filter stays fast; `exact` says whether it stopped. */
        Total: {
            /** @description Matching records, counted up to 10,000. */
            value: number;
            /** @description false when more than 10,000 match: `value` is then 10,000, a lower bound. */
            exact: boolean;
        };
        /** @description A source article. The text itself is not redistributed: quotes from it are, with their offsets. */
        Source: {
            id: string;
            /** @description As the text gives it; null when it gives none. */
            title: string | null;
            publisher: string | null;
            author: string | null;
            /** @description What the text says of its own date (a dateline, or a copyright year); nothing is guessed. */
            stated_date: components["schemas"]["PartialDate"] | null;
            file_name: string;
            /** @description SHA-256 of the article’s bytes. */
            sha256: string;
            byte_length: number;
            /** @description Length in Unicode code points, the unit of citation offsets. */
            char_length: number;
            citation_count: number;
        };
        /** @description A source, and the records that cite it. */
        SourceDetail: {
            id: string;
            /** @description As the text gives it; null when it gives none. */
            title: string | null;
            publisher: string | null;
            author: string | null;
            /** @description What the text says of its own date (a dateline, or a copyright year); nothing is guessed. */
            stated_date: components["schemas"]["PartialDate"] | null;
            file_name: string;
            /** @description SHA-256 of the article’s bytes. */
            sha256: string;
            byte_length: number;
            /** @description Length in Unicode code points, the unit of citation offsets. */
            char_length: number;
            citation_count: number;
            cited_by: {
                regulators: components["schemas"]["Summary"][];
                organisations: components["schemas"]["Summary"][];
                people: components["schemas"]["Summary"][];
                incidents: components["schemas"]["Summary"][];
                penalties: components["schemas"]["Summary"][];
                statements: components["schemas"]["Summary"][];
            };
        };
        /** @description A page of sources. */
        SourceList: {
            data: components["schemas"]["Source"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            next_cursor: string | null;
            total?: components["schemas"]["Total"];
            /** @description With `facets`: per field asked for, how many records match per value (most frequent first, at most 50 values). */
            facets?: {
                [key: string]: {
                    value: string | null;
                    count: number;
                }[];
            };
        };
        /** @description A verbatim quote from a source that states this record, or one field of it. */
        Citation: {
            /** @example ico-fines-staysure */
            source_id: string;
            /** @description The field of this record the quote states (a path such as `amount` or `quantities[records-exposed]`); null for the record as a whole. */
            field: string | null;
            /** @description Verbatim from the source, whitespace included. */
            quote: string;
            /** @description Offset of the quote in the source, in Unicode code points. */
            quote_start: number;
            /** @description End offset (exclusive), in Unicode code points. */
            quote_end: number;
            /** @description Only with `include=citations`: the source in full. */
            source?: components["schemas"]["Source"];
        };
        /**
         * @description The kind of enforcement action.
         * @enum {string}
         */
        PenaltyType: "monetary_penalty" | "undertaking" | "enforcement_notice" | "reprimand" | "prosecution" | "other";
        /**
         * @description Where the action stands, as reported. `reduced`: a proposed figure later replaced by a lower one (see `superseded_by`); `under_appeal`: the penalised party has appealed or said it will.
         * @enum {string}
         */
        PenaltyStatus: "proposed" | "imposed" | "reduced" | "under_appeal" | "upheld" | "overturned" | "withdrawn";
        /**
         * @description The sector an organisation works in, where a source says.
         * @enum {string}
         */
        Sector: "insurance" | "ticketing" | "aviation" | "pharmacy" | "banking" | "software" | "telecommunications" | "legal_services" | "public_sector" | "retail" | "other";
        /**
         * @description The part an organisation played in an incident.
         * @enum {string}
         */
        PartyRole: "controller" | "processor" | "contractor" | "vendor" | "threat_actor" | "affected_third_party" | "reporter" | "legal_representative" | "other";
        /**
         * @description `suspected` when the source only believes it ("is believed to be behind").
         * @enum {string}
         */
        PartyCertainty: "stated" | "suspected";
        /**
         * @description A kind of personal data.
         * @enum {string}
         */
        DataCategory: "names" | "dates_of_birth" | "postal_addresses" | "telephone_numbers" | "payment_card_details" | "card_verification_values" | "payment_details" | "billing_details" | "medical_records" | "login_credentials" | "insurance_contributions" | "other";
        /** @description Words a person or organisation is quoted as saying. */
        Statement: {
            id: string;
            /** @description The person, or organisation, quoted. */
            speaker: components["schemas"]["Summary"];
            /** @description The speaker’s job title, as reported. */
            speaker_role: string | null;
            /** @description Verbatim from the source. */
            text: string;
            source_id: string;
            citations: components["schemas"]["Citation"][];
        };
        /** @description A count or duration as reported: value, qualifier and unit. */
        Quantity: {
            key: string;
            /** @enum {string} */
            measure: "people_affected" | "people_defrauded" | "records_exposed" | "records_held" | "detection_delay" | "response_delay" | "other";
            value: number;
            /** @description Upper bound of a range such as "tens of thousands"; null otherwise. */
            value_max: number | null;
            /** @enum {string} */
            qualifier: "exact" | "approximate" | "more_than" | "at_least" | "fewer_than" | "up_to";
            /** @enum {string} */
            unit: "people" | "customers" | "users" | "records" | "days" | "weeks" | "months" | "years";
            /** @description Who or where the figure is about ("Europe"). */
            scope: string | null;
            /** @description The figure as the source words it ("more than nine million"). */
            text: string;
        };
        /** @description An organisation, or an unnamed party, and the role it played in an incident. */
        Party: {
            key: string;
            /** @description Null when the source does not name the party. */
            organisation: components["schemas"]["Summary"] | null;
            description: string | null;
            role: components["schemas"]["PartyRole"];
            certainty: components["schemas"]["PartyCertainty"];
        };
        /** @description A data-protection incident: what happened, when, to whose data, and who was involved. */
        Incident: {
            id: string;
            name: string;
            summary: string;
            occurred_from: components["schemas"]["PartialDate"] | null;
            /** @description End of a period; null for a single date or when no source says. */
            occurred_to: components["schemas"]["PartialDate"] | null;
            discovered_how: string | null;
            cause: string | null;
            remediation: string | null;
            data_categories: {
                category: components["schemas"]["DataCategory"];
                text: string;
            }[];
            quantities: components["schemas"]["Quantity"][];
            parties: components["schemas"]["Party"][];
            penalties: {
                id: string;
                name: string;
                type: components["schemas"]["PenaltyType"];
                status: components["schemas"]["PenaltyStatus"];
            }[];
            citations: components["schemas"]["Citation"][];
            /** @description Only with `q` and `snippet=true`: an extract of the best-matching text with the matched words between `<mark>` and `</mark>`. The rest is the source text as is, not HTML-escaped. */
            snippet?: string | null;
        };
        /** @description An incident, with what people said about it. */
        IncidentDetail: {
            id: string;
            name: string;
            summary: string;
            occurred_from: components["schemas"]["PartialDate"] | null;
            /** @description End of a period; null for a single date or when no source says. */
            occurred_to: components["schemas"]["PartialDate"] | null;
            discovered_how: string | null;
            cause: string | null;
            remediation: string | null;
            data_categories: {
                category: components["schemas"]["DataCategory"];
                text: string;
            }[];
            quantities: components["schemas"]["Quantity"][];
            parties: components["schemas"]["Party"][];
            penalties: {
                id: string;
                name: string;
                type: components["schemas"]["PenaltyType"];
                status: components["schemas"]["PenaltyStatus"];
            }[];
            citations: components["schemas"]["Citation"][];
            /** @description Only with `q` and `snippet=true`: an extract of the best-matching text with the matched words between `<mark>` and `</mark>`. The rest is the source text as is, not HTML-escaped. */
            snippet?: string | null;
            statements: components["schemas"]["Statement"][];
        };
        /** @description A page of incidents. */
        IncidentList: {
            data: components["schemas"]["Incident"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            next_cursor: string | null;
            total?: components["schemas"]["Total"];
            /** @description With `facets`: per field asked for, how many records match per value (most frequent first, at most 50 values). */
            facets?: {
                [key: string]: {
                    value: string | null;
                    count: number;
                }[];
            };
        };
        /** @description What this API serves. */
        Dataset: {
            name: string;
            /** @description Changes whenever the data changes; equal versions hold equal data. */
            version: string;
            /** @description When this version of the dataset was compiled (ISO 8601). */
            built_at: string;
            licence: string;
            counts: {
                penalties: number;
                organisations: number;
                incidents: number;
                sources: number;
                citations: number;
            };
            links: {
                [key: string]: string;
            };
        };
        Health: {
            /** @constant */
            status: "ok";
        };
        Readiness: {
            /** @constant */
            status: "ready";
            dataset_version: string;
            migrations: number;
            /** @description The cache of serialised responses since start: how often a repeated request was answered from memory. */
            response_cache: {
                entries: number;
                bytes: number;
                hits: number;
                misses: number;
                hit_rate: number | null;
            };
            /** @description The worker threads that run lists, facets and statistics under a time budget, since start: `busy` now running a query, `draining` cut off at the budget and still finishing their statement, `queued` waiting for one; `timed_out` and `refused` were answered 503. */
            query_pool: {
                workers: number;
                busy: number;
                draining: number;
                queued: number;
                completed: number;
                timed_out: number;
                refused: number;
            };
        };
        /** @description A company or other body: penalised, or party to an incident. */
        Organisation: {
            id: string;
            name: string;
            aliases: string[];
            sector: components["schemas"]["Sector"] | null;
            /** @description What the sources call it ("a travel insurer"). */
            description: string | null;
            /** @description ISO 3166-1 alpha-2, where a source states it. */
            country: string | null;
            citations: components["schemas"]["Citation"][];
            /** @description Only with `q` and `snippet=true`: an extract of the best-matching text with the matched words between `<mark>` and `</mark>`. The rest is the source text as is, not HTML-escaped. */
            snippet?: string | null;
        };
        /** @description An organisation with its penalties, incidents and roles, and totals per currency. */
        OrganisationDetail: {
            id: string;
            name: string;
            aliases: string[];
            sector: components["schemas"]["Sector"] | null;
            /** @description What the sources call it ("a travel insurer"). */
            description: string | null;
            /** @description ISO 3166-1 alpha-2, where a source states it. */
            country: string | null;
            citations: components["schemas"]["Citation"][];
            /** @description Only with `q` and `snippet=true`: an extract of the best-matching text with the matched words between `<mark>` and `</mark>`. The rest is the source text as is, not HTML-escaped. */
            snippet?: string | null;
            /** @description Enforcement actions against it. */
            penalties: {
                id: string;
                name: string;
                type: components["schemas"]["PenaltyType"];
                status: components["schemas"]["PenaltyStatus"];
                amount: components["schemas"]["Money"] | null;
            }[];
            /** @description Incidents it was party to, and in what role. */
            incidents: {
                incident: components["schemas"]["Summary"];
                role: components["schemas"]["PartyRole"];
                certainty: components["schemas"]["PartyCertainty"];
            }[];
            /** @description Sums of the amounts of its penalties that are in effect (imposed, under appeal or upheld), one per currency as reported: currencies are never added together or converted. */
            totals: {
                currency: string;
                amount_minor: number;
                amount_major: string;
                penalties: number;
            }[];
            people: {
                id: string;
                name: string;
                job_title: string | null;
            }[];
            statements: components["schemas"]["Statement"][];
        };
        /** @description A page of organisations. */
        OrganisationList: {
            data: components["schemas"]["Organisation"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            next_cursor: string | null;
            total?: components["schemas"]["Total"];
            /** @description With `facets`: per field asked for, how many records match per value (most frequent first, at most 50 values). */
            facets?: {
                [key: string]: {
                    value: string | null;
                    count: number;
                }[];
            };
        };
        /** @description An enforcement action: a monetary penalty, undertaking, notice, reprimand or prosecution. */
        Penalty: {
            id: string;
            /** @description A label made from the organisation, the type and the amount. */
            name: string;
            type: components["schemas"]["PenaltyType"];
            status: components["schemas"]["PenaltyStatus"];
            summary: string;
            regulator: components["schemas"]["Summary"];
            /** @description The organisation the action is against: a summary, or the full record with `include=organisation`. */
            organisation: components["schemas"]["Organisation"] | components["schemas"]["Summary"];
            /** @description The incident it is about: a summary, or the full record with `include=incident`. */
            incident: (components["schemas"]["Incident"] | components["schemas"]["Summary"]) | null;
            /** @description Null when the action carries no amount, or the source gives none. */
            amount: components["schemas"]["Money"] | null;
            /** @description The same amount in other currencies, where the source gives them side by side. */
            amount_equivalents: components["schemas"]["Money"][];
            /** @description When the action was issued or announced; null when no source says. */
            issued_on: components["schemas"]["PartialDate"] | null;
            legal_basis: string | null;
            /** @description Why the regulator chose this action or figure, as reported. */
            rationale: string | null;
            /** @description What an undertaking or notice requires. */
            terms: string | null;
            /** @description The person who signed an undertaking. */
            signed_by: components["schemas"]["Summary"] | null;
            /** @description The proposed action this one replaced. */
            supersedes: components["schemas"]["Summary"] | null;
            superseded_by: components["schemas"]["Summary"] | null;
            citations: components["schemas"]["Citation"][];
            /** @description Only with `q` and `snippet=true`: an extract of the best-matching text with the matched words between `<mark>` and `</mark>`. The rest is the source text as is, not HTML-escaped. */
            snippet?: string | null;
        };
        /** @description A penalty, with what people said about it. */
        PenaltyDetail: {
            id: string;
            /** @description A label made from the organisation, the type and the amount. */
            name: string;
            type: components["schemas"]["PenaltyType"];
            status: components["schemas"]["PenaltyStatus"];
            summary: string;
            regulator: components["schemas"]["Summary"];
            /** @description The organisation the action is against: a summary, or the full record with `include=organisation`. */
            organisation: components["schemas"]["Organisation"] | components["schemas"]["Summary"];
            /** @description The incident it is about: a summary, or the full record with `include=incident`. */
            incident: (components["schemas"]["Incident"] | components["schemas"]["Summary"]) | null;
            /** @description Null when the action carries no amount, or the source gives none. */
            amount: components["schemas"]["Money"] | null;
            /** @description The same amount in other currencies, where the source gives them side by side. */
            amount_equivalents: components["schemas"]["Money"][];
            /** @description When the action was issued or announced; null when no source says. */
            issued_on: components["schemas"]["PartialDate"] | null;
            legal_basis: string | null;
            /** @description Why the regulator chose this action or figure, as reported. */
            rationale: string | null;
            /** @description What an undertaking or notice requires. */
            terms: string | null;
            /** @description The person who signed an undertaking. */
            signed_by: components["schemas"]["Summary"] | null;
            /** @description The proposed action this one replaced. */
            supersedes: components["schemas"]["Summary"] | null;
            superseded_by: components["schemas"]["Summary"] | null;
            citations: components["schemas"]["Citation"][];
            /** @description Only with `q` and `snippet=true`: an extract of the best-matching text with the matched words between `<mark>` and `</mark>`. The rest is the source text as is, not HTML-escaped. */
            snippet?: string | null;
            statements: components["schemas"]["Statement"][];
        };
        /** @description A page of penalties. */
        PenaltyList: {
            data: components["schemas"]["Penalty"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            next_cursor: string | null;
            total?: components["schemas"]["Total"];
            /** @description With `facets`: per field asked for, how many records match per value (most frequent first, at most 50 values). */
            facets?: {
                [key: string]: {
                    value: string | null;
                    count: number;
                }[];
            };
        };
        /** @description A sum of amounts in one currency, as reported; currencies are never added together. */
        CurrencySum: {
            currency: string;
            amount_minor: number;
            amount_major: string;
            /** @description Penalties with an amount in this currency. */
            count: number;
        };
        /** @description Counts and sums per currency of the penalties matching the filters, per group. */
        PenaltyStatistics: {
            group_by: ("year" | "type" | "status" | "organisation" | "regulator" | "currency")[];
            groups: {
                /** @description The value of each `group_by` field; null for unknown (an undated penalty has year null). */
                key: {
                    [key: string]: string | null;
                };
                count: number;
                sums: components["schemas"]["CurrencySum"][];
            }[];
            total: {
                count: number;
                sums: components["schemas"]["CurrencySum"][];
            };
        };
        ProblemType: {
            type: string;
            title: string;
            description: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: {
        /**
         * @description Strong validator from the dataset version and the request: send it back as If-None-Match.
         * @example "Zq3n1f2sB7cS0t9kYbq2mN1W9xE4aLr"
         */
        ETag: string;
        /**
         * @description How long the response may be reused.
         * @example public, max-age=300
         */
        "Cache-Control": string;
        /**
         * @description The request headers the representation depends on.
         * @example Accept, Accept-Encoding
         */
        Vary: string;
        /**
         * @description The next page, when there is one (RFC 8288).
         * @example </penalties?limit=50&cursor=WzEsIi1kYXRlIi…>; rel="next"
         */
        Link: string;
        /**
         * @description The version of the dataset exported.
         * @example 599a93b20959e7e9
         */
        "X-Dataset-Version": string;
        /**
         * @description Seconds to wait before trying again.
         * @example 5
         */
        "Retry-After": string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getDataset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dataset. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dataset"];
                };
            };
            /** @description Not modified: If-None-Match matched the ETag; reuse the copy you have. */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The URL, or a path segment, is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded for this client; see Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A failure on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded, the query ran past the time budget, or the database cannot be read; see Retry-After. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process is up. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description The URL, or a path segment, is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded for this client; see Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A failure on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded, the query ran past the time budget, or the database cannot be read; see Retry-After. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready to serve. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            /** @description The URL, or a path segment, is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded for this client; see Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A failure on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProblemType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The last segment of a problem’s `type`.
                 * @example invalid-parameters
                 */
                type: "invalid-parameters" | "not-found" | "method-not-allowed" | "bad-request" | "too-many-requests" | "unavailable" | "internal-error";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What the problem means. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemType"];
                };
            };
            /** @description Not modified: If-None-Match matched the ETag; reuse the copy you have. */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter was refused; `invalid_params` says which and why. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL, or a path segment, is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded for this client; see Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A failure on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded, the query ran past the time budget, or the database cannot be read; see Retry-After. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPenalties: {
        parameters: {
            query?: {
                /**
                 * @description Only these types; repeat for several (`type=undertaking&type=reprimand`).
                 * @example monetary_penalty
                 */
                type?: ("monetary_penalty" | "undertaking" | "enforcement_notice" | "reprimand" | "prosecution" | "other") | ("monetary_penalty" | "undertaking" | "enforcement_notice" | "reprimand" | "prosecution" | "other")[];
                /**
                 * @description Only these statuses; repeatable.
                 * @example imposed
                 */
                status?: ("proposed" | "imposed" | "reduced" | "under_appeal" | "upheld" | "overturned" | "withdrawn") | ("proposed" | "imposed" | "reduced" | "under_appeal" | "upheld" | "overturned" | "withdrawn")[];
                /**
                 * @description Only actions against these organisations (ids); repeatable.
                 * @example staysure
                 */
                organisation?: string | string[];
                /**
                 * @description Only actions by these regulators (ids); repeatable.
                 * @example ico
                 */
                regulator?: string | string[];
                /**
                 * @description Only actions about this incident (id).
                 * @example staysure-website-attack-2013
                 */
                incident?: string;
                /**
                 * @description Only amounts reported in these currencies (ISO 4217); repeatable. Amounts are never converted.
                 * @example GBP
                 */
                currency?: string | string[];
                /**
                 * @description Amount at least this, in major units (pounds, dollars). Needs exactly one `currency`.
                 * @example 100000
                 */
                min_amount?: string;
                /**
                 * @description Amount at most this, in major units. Needs exactly one `currency`.
                 * @example 1000000
                 */
                max_amount?: string;
                /**
                 * @description Only amounts given this way (`exact`, `more_than`…); repeatable.
                 * @example exact
                 */
                amount_qualifier?: ("exact" | "approximate" | "more_than" | "at_least" | "fewer_than" | "up_to") | ("exact" | "approximate" | "more_than" | "at_least" | "fewer_than" | "up_to")[];
                /**
                 * @description Issued or announced on or after this date: YYYY, YYYY-MM or YYYY-MM-DD, meaning its first day. A date known only to the month or year matches if any day of it can.
                 * @example 2013
                 */
                from?: string;
                /**
                 * @description Issued or announced on or before this date: YYYY, YYYY-MM or YYYY-MM-DD, meaning its last day.
                 * @example 2021-06
                 */
                to?: string;
                /**
                 * @description Full-text search of names, organisation names and aliases, summaries and cited quotes. Every word must match; `word*` matches a prefix.
                 * @example appeal
                 */
                q?: string;
                /**
                 * @description `date` or `amount`, `-` for descending; `id`; `relevance` (best match to `q` first). Default: `relevance` with `q`, `-date` without. Records without the value come last either way; ties are broken by id. Amounts are compared in their own minor units, never converted.
                 * @example -amount
                 */
                sort?: "date" | "-date" | "amount" | "-amount" | "id" | "relevance";
                /**
                 * @description With `q`: add a highlighted `snippet` to each record.
                 * @example true
                 */
                snippet?: "true" | "false";
                /**
                 * @description Add `total`: how many records match, counted up to 10,000 (`exact: false` beyond).
                 * @example true
                 */
                count?: "true" | "false";
                /**
                 * @description Embed related records in full instead of as `{id, name}` summaries, comma-separated: `organisation`, `incident`, `citations` (each citation gets its `source`).
                 * @example organisation,citations
                 */
                include?: string;
                /**
                 * @description Also count the matching penalties per value of these fields, comma-separated: year, type, status, organisation, regulator, currency. Counts cover every page, not just this one.
                 * @example type,currency
                 */
                facets?: string;
                /**
                 * @description Records per page, 1 to 500.
                 * @example 50
                 */
                limit?: number;
                /** @description Opaque: pass back the `next_cursor` of the previous page, unchanged, with the same filters and sort. */
                cursor?: string;
                /**
                 * @description The representation: `json` (default) or `csv`. `Accept: text/csv` does the same; this parameter wins over it.
                 * @example csv
                 */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of penalties. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    Link: components["headers"]["Link"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PenaltyList"];
                    "text/csv": string;
                };
            };
            /** @description Not modified: If-None-Match matched the ETag; reuse the copy you have. */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter was refused; `invalid_params` says which and why. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL, or a path segment, is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded for this client; see Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A failure on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded, the query ran past the time budget, or the database cannot be read; see Retry-After. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPenalty: {
        parameters: {
            query?: {
                /**
                 * @description Embed related records in full instead of as `{id, name}` summaries, comma-separated: `organisation`, `incident`, `citations` (each citation gets its `source`).
                 * @example organisation,citations
                 */
                include?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The penalty’s id.
                 * @example staysure-monetary-penalty
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The penalty. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PenaltyDetail"];
                };
            };
            /** @description Not modified: If-None-Match matched the ETag; reuse the copy you have. */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter was refused; `invalid_params` says which and why. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL, or a path segment, is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded for this client; see Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A failure on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded, the query ran past the time budget, or the database cannot be read; see Retry-After. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOrganisations: {
        parameters: {
            query?: {
                /**
                 * @description Name or alias, ignoring case (`staysure.co.uk`, `BA`).
                 * @example Ticketmaster
                 */
                name?: string;
                /**
                 * @description Only these sectors; repeatable.
                 * @example insurance
                 */
                sector?: ("insurance" | "ticketing" | "aviation" | "pharmacy" | "banking" | "software" | "telecommunications" | "legal_services" | "public_sector" | "retail" | "other") | ("insurance" | "ticketing" | "aviation" | "pharmacy" | "banking" | "software" | "telecommunications" | "legal_services" | "public_sector" | "retail" | "other")[];
                /**
                 * @description Only organisations that played one of these roles in an incident; repeatable.
                 * @example vendor
                 */
                role?: ("controller" | "processor" | "contractor" | "vendor" | "threat_actor" | "affected_third_party" | "reporter" | "legal_representative" | "other") | ("controller" | "processor" | "contractor" | "vendor" | "threat_actor" | "affected_third_party" | "reporter" | "legal_representative" | "other")[];
                /**
                 * @description Only organisations a source places in this country (ISO 3166-1 alpha-2).
                 * @example GB
                 */
                country?: string;
                /**
                 * @description `true`: only organisations with at least one penalty; `false`: only those with none.
                 * @example true
                 */
                penalised?: "true" | "false";
                /**
                 * @description Full-text search of names, aliases, descriptions and cited quotes.
                 * @example insurer
                 */
                q?: string;
                /**
                 * @description `name` or `-name` (ties broken by id), `id`, or `relevance` to `q`. Default: `relevance` with `q`, `name` without.
                 * @example name
                 */
                sort?: "name" | "-name" | "id" | "relevance";
                /**
                 * @description With `q`: add a highlighted `snippet` to each record.
                 * @example true
                 */
                snippet?: "true" | "false";
                /**
                 * @description Add `total`: how many records match, counted up to 10,000 (`exact: false` beyond).
                 * @example true
                 */
                count?: "true" | "false";
                /**
                 * @description Also count the matching organisations per value of these fields, comma-separated: sector, country.
                 * @example sector
                 */
                facets?: string;
                /**
                 * @description Records per page, 1 to 500.
                 * @example 50
                 */
                limit?: number;
                /** @description Opaque: pass back the `next_cursor` of the previous page, unchanged, with the same filters and sort. */
                cursor?: string;
                /**
                 * @description The representation: `json` (default) or `csv`. `Accept: text/csv` does the same; this parameter wins over it.
                 * @example csv
                 */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of organisations. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    Link: components["headers"]["Link"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationList"];
                    "text/csv": string;
                };
            };
            /** @description Not modified: If-None-Match matched the ETag; reuse the copy you have. */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter was refused; `invalid_params` says which and why. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL, or a path segment, is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded for this client; see Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A failure on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded, the query ran past the time budget, or the database cannot be read; see Retry-After. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The organisation’s id.
                 * @example ticketmaster
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organisation. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationDetail"];
                };
            };
            /** @description Not modified: If-None-Match matched the ETag; reuse the copy you have. */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter was refused; `invalid_params` says which and why. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL, or a path segment, is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded for this client; see Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A failure on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded, the query ran past the time budget, or the database cannot be read; see Retry-After. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listIncidents: {
        parameters: {
            query?: {
                /**
                 * @description Only incidents these organisations were party to (ids); repeatable.
                 * @example ticketmaster
                 */
                organisation?: string | string[];
                /**
                 * @description Only incidents with a party in one of these roles; with `organisation`, that organisation in that role. Repeatable.
                 * @example threat_actor
                 */
                role?: ("controller" | "processor" | "contractor" | "vendor" | "threat_actor" | "affected_third_party" | "reporter" | "legal_representative" | "other") | ("controller" | "processor" | "contractor" | "vendor" | "threat_actor" | "affected_third_party" | "reporter" | "legal_representative" | "other")[];
                /**
                 * @description Only incidents involving these kinds of data; repeatable.
                 * @example payment_card_details
                 */
                data_category?: ("names" | "dates_of_birth" | "postal_addresses" | "telephone_numbers" | "payment_card_details" | "card_verification_values" | "payment_details" | "billing_details" | "medical_records" | "login_credentials" | "insurance_contributions" | "other") | ("names" | "dates_of_birth" | "postal_addresses" | "telephone_numbers" | "payment_card_details" | "card_verification_values" | "payment_details" | "billing_details" | "medical_records" | "login_credentials" | "insurance_contributions" | "other")[];
                /**
                 * @description Occurring on or after this date (YYYY, YYYY-MM or YYYY-MM-DD): any overlap counts.
                 * @example 2017
                 */
                from?: string;
                /**
                 * @description Occurring on or before this date (YYYY, YYYY-MM or YYYY-MM-DD): any overlap counts.
                 * @example 2018-12
                 */
                to?: string;
                /**
                 * @description Full-text search of names, summaries, causes, parties and cited quotes.
                 * @example chatbot
                 */
                q?: string;
                /**
                 * @description `date` (when it began) or `-date`, undated last; `name`; `id`; `relevance` to `q`. Ties broken by id. Default: `relevance` with `q`, `-date` without.
                 * @example -date
                 */
                sort?: "date" | "-date" | "name" | "id" | "relevance";
                /**
                 * @description With `q`: add a highlighted `snippet` to each record.
                 * @example true
                 */
                snippet?: "true" | "false";
                /**
                 * @description Add `total`: how many records match, counted up to 10,000 (`exact: false` beyond).
                 * @example true
                 */
                count?: "true" | "false";
                /**
                 * @description Also count the matching incidents per year they began (null: undated).
                 * @example year
                 */
                facets?: string;
                /**
                 * @description Records per page, 1 to 500.
                 * @example 50
                 */
                limit?: number;
                /** @description Opaque: pass back the `next_cursor` of the previous page, unchanged, with the same filters and sort. */
                cursor?: string;
                /**
                 * @description The representation: `json` (default) or `csv`. `Accept: text/csv` does the same; this parameter wins over it.
                 * @example csv
                 */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of incidents. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    Link: components["headers"]["Link"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentList"];
                    "text/csv": string;
                };
            };
            /** @description Not modified: If-None-Match matched the ETag; reuse the copy you have. */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter was refused; `invalid_params` says which and why. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL, or a path segment, is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded for this client; see Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A failure on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded, the query ran past the time budget, or the database cannot be read; see Retry-After. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getIncident: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The incident’s id.
                 * @example ticketmaster-chatbot-breach
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The incident. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentDetail"];
                };
            };
            /** @description Not modified: If-None-Match matched the ETag; reuse the copy you have. */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter was refused; `invalid_params` says which and why. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL, or a path segment, is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded for this client; see Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A failure on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded, the query ran past the time budget, or the database cannot be read; see Retry-After. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSources: {
        parameters: {
            query?: {
                /**
                 * @description Records per page, 1 to 500.
                 * @example 50
                 */
                limit?: number;
                /** @description Opaque: pass back the `next_cursor` of the previous page, unchanged, with the same filters and sort. */
                cursor?: string;
                /**
                 * @description The representation: `json` (default) or `csv`. `Accept: text/csv` does the same; this parameter wins over it.
                 * @example csv
                 */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of sources. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    Link: components["headers"]["Link"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SourceList"];
                    "text/csv": string;
                };
            };
            /** @description Not modified: If-None-Match matched the ETag; reuse the copy you have. */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter was refused; `invalid_params` says which and why. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL, or a path segment, is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded for this client; see Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A failure on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded, the query ran past the time budget, or the database cannot be read; see Retry-After. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The source’s id.
                 * @example ico-fines-staysure
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The source and what cites it. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SourceDetail"];
                };
            };
            /** @description Not modified: If-None-Match matched the ETag; reuse the copy you have. */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter was refused; `invalid_params` says which and why. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL, or a path segment, is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded for this client; see Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A failure on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded, the query ran past the time budget, or the database cannot be read; see Retry-After. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPenaltyStatistics: {
        parameters: {
            query: {
                /**
                 * @description Only these types; repeat for several (`type=undertaking&type=reprimand`).
                 * @example monetary_penalty
                 */
                type?: ("monetary_penalty" | "undertaking" | "enforcement_notice" | "reprimand" | "prosecution" | "other") | ("monetary_penalty" | "undertaking" | "enforcement_notice" | "reprimand" | "prosecution" | "other")[];
                /**
                 * @description Only these statuses; repeatable.
                 * @example imposed
                 */
                status?: ("proposed" | "imposed" | "reduced" | "under_appeal" | "upheld" | "overturned" | "withdrawn") | ("proposed" | "imposed" | "reduced" | "under_appeal" | "upheld" | "overturned" | "withdrawn")[];
                /**
                 * @description Only actions against these organisations (ids); repeatable.
                 * @example staysure
                 */
                organisation?: string | string[];
                /**
                 * @description Only actions by these regulators (ids); repeatable.
                 * @example ico
                 */
                regulator?: string | string[];
                /**
                 * @description Only actions about this incident (id).
                 * @example staysure-website-attack-2013
                 */
                incident?: string;
                /**
                 * @description Only amounts reported in these currencies (ISO 4217); repeatable. Amounts are never converted.
                 * @example GBP
                 */
                currency?: string | string[];
                /**
                 * @description Amount at least this, in major units (pounds, dollars). Needs exactly one `currency`.
                 * @example 100000
                 */
                min_amount?: string;
                /**
                 * @description Amount at most this, in major units. Needs exactly one `currency`.
                 * @example 1000000
                 */
                max_amount?: string;
                /**
                 * @description Only amounts given this way (`exact`, `more_than`…); repeatable.
                 * @example exact
                 */
                amount_qualifier?: ("exact" | "approximate" | "more_than" | "at_least" | "fewer_than" | "up_to") | ("exact" | "approximate" | "more_than" | "at_least" | "fewer_than" | "up_to")[];
                /**
                 * @description Issued or announced on or after this date: YYYY, YYYY-MM or YYYY-MM-DD, meaning its first day. A date known only to the month or year matches if any day of it can.
                 * @example 2013
                 */
                from?: string;
                /**
                 * @description Issued or announced on or before this date: YYYY, YYYY-MM or YYYY-MM-DD, meaning its last day.
                 * @example 2021-06
                 */
                to?: string;
                /**
                 * @description Full-text search of names, organisation names and aliases, summaries and cited quotes. Every word must match; `word*` matches a prefix.
                 * @example appeal
                 */
                q?: string;
                /**
                 * @description One or two of year, type, status, organisation, regulator, currency, comma-separated.
                 * @example year,type
                 */
                group_by: string;
                /**
                 * @description The representation: `json` (default) or `csv`. `Accept: text/csv` does the same; this parameter wins over it.
                 * @example csv
                 */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Counts and sums per group. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PenaltyStatistics"];
                    "text/csv": string;
                };
            };
            /** @description Not modified: If-None-Match matched the ETag; reuse the copy you have. */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter was refused; `invalid_params` says which and why. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL, or a path segment, is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded for this client; see Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A failure on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded, the query ran past the time budget, or the database cannot be read; see Retry-After. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportRecords: {
        parameters: {
            query?: {
                /**
                 * @description `ndjson` (default) or `csv`. `Accept: text/csv` does the same; this parameter wins over it.
                 * @example csv
                 */
                format?: "ndjson" | "csv";
            };
            header?: never;
            path: {
                /**
                 * @description What to export.
                 * @example penalties
                 */
                resource: "penalties" | "organisations" | "incidents" | "sources";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every record, streamed. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Vary: components["headers"]["Vary"];
                    "X-Dataset-Version": components["headers"]["X-Dataset-Version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": string;
                    "text/csv": string;
                };
            };
            /** @description Not modified: If-None-Match matched the ETag; reuse the copy you have. */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter was refused; `invalid_params` says which and why. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL, or a path segment, is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded for this client; see Retry-After. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A failure on our side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded, the query ran past the time budget, or the database cannot be read; see Retry-After. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
