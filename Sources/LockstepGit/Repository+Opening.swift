internal import CLibgit2
import LockstepCore
import LockstepSystem

extension Repository {
    /// Everything `Repository.init` needs, gathered so that a failure half-way frees what was made.
    struct Opening {
        let handle: OpaquePointer
        let objects: OpaquePointer
        let config: OpaquePointer
        let commandLineConfig: GitConfigFile
        let shallowCommits: Set<ObjectID>
        let gitDirectory: String
        let commonDirectory: String
        let workDirectory: String?
        let indexFile: String
        let objectDirectories: [String]

        init(_ environment: GitEnvironment) throws(GitError) {
            if environment.commonDirectory != nil {
                throw GitError(.unsupportedRepository, operation: "open repository",
                               message: "GIT_COMMON_DIR is set, which libgit2 1.5.1 cannot honour",
                               fix: "unset GIT_COMMON_DIR")
            }
            let repository = try Self.open(environment)
            gitDirectory = Path.withoutTrailingSlash(String(cString: git_repository_path(repository)))
            commonDirectory = Path.withoutTrailingSlash(String(cString: git_repository_commondir(repository)))
            let config: OpaquePointer
            do {
                config = try ConfigStack.build(for: repository, gitDirectory: gitDirectory,
                                               commonDirectory: commonDirectory, files: environment.configFiles)
            } catch {
                git_repository_free(repository)
                throw error
            }
            do {
                try check(git_repository_set_config(repository, config), "use the configuration")
                workDirectory = try Self.setWorkTree(repository, environment, config: config)
                objects = try Self.objectDatabase(repository, environment)
            } catch {
                git_config_free(config)
                git_repository_free(repository)
                throw error
            }
            handle = repository
            self.config = config
            // git moves to the top of the work tree before it reads a relative GIT_INDEX_FILE, but
            // stays where it started outside the work tree or in a bare repository.
            let start = environment.startDirectory
            let base = workDirectory.flatMap { start == $0 || start.hasPrefix($0 + "/") ? $0 : nil } ?? start
            indexFile = environment.indexFile.map { Path.resolved($0, against: base) } ?? gitDirectory + "/index"
            shallowCommits = Self.shallowCommits(in: commonDirectory)
            commandLineConfig = environment.commandLineConfig
            objectDirectories = Self.objectDirectories(environment, commonDirectory: commonDirectory)
        }

        private static func open(_ environment: GitEnvironment) throws(GitError) -> OpaquePointer {
            var repository: OpaquePointer?
            let code: Int32
            let place: String
            if let gitDirectory = environment.gitDirectory {
                place = gitDirectory
                let flags = GIT_REPOSITORY_OPEN_NO_SEARCH.rawValue | GIT_REPOSITORY_OPEN_NO_DOTGIT.rawValue
                code = git_repository_open_ext(&repository, gitDirectory, flags, nil)
            } else {
                place = environment.startDirectory
                let flags = environment.discoversAcrossFilesystems ? GIT_REPOSITORY_OPEN_CROSS_FS.rawValue : 0
                let ceilings = environment.ceilingDirectories.joined(separator: ":")
                code = git_repository_open_ext(&repository, place, flags, ceilings.isEmpty ? nil : ceilings)
            }
            guard code < 0 else {
                guard let repository else {
                    throw GitError(.failure, operation: "open repository", message: "libgit2 returned no repository")
                }
                return repository
            }
            let error = GitError.classify(code: code, message: lastErrorMessage(code), operation: "open repository",
                                          path: ownershipPath(environment))
            guard error.kind == .notFound else { throw error }
            let message = environment.gitDirectory != nil
                ? "not a git repository: '\(place)' (GIT_DIR)"
                : "not a git repository (or any of the parent directories): \(place)"
            throw GitError(.notARepository, operation: "open repository", message: message)
        }

        /// The path git checks against safe.directory: the work tree's top, or the git
        /// directory of a bare repository. Found without libgit2, which refused to open it.
        private static func ownershipPath(_ environment: GitEnvironment) -> String {
            if let workTree = environment.workTree { return workTree }
            if let gitDirectory = environment.gitDirectory {
                return gitDirectory.hasSuffix("/.git") ? String(gitDirectory.dropLast(5)) : gitDirectory
            }
            var directory = environment.startDirectory
            while true {
                if FileSystem.isDirectory(directory + "/.git") || FileSystem.isFile(directory + "/.git") {
                    return directory
                }
                if FileSystem.isFile(directory + "/HEAD") && FileSystem.isDirectory(directory + "/objects") {
                    return directory
                }
                guard let slash = directory.lastIndex(of: "/"), directory != "/" else { return environment.startDirectory }
                directory = slash == directory.startIndex ? "/" : String(directory[..<slash])
            }
        }

        /// git's setup_explicit_git_dir: GIT_WORK_TREE wins; with GIT_DIR alone, core.bare=true
        /// means bare, core.worktree names the top (libgit2 already applied it), and otherwise
        /// the starting directory is the top. Without GIT_DIR, libgit2's discovery agrees with git.
        private static func setWorkTree(_ repository: OpaquePointer, _ environment: GitEnvironment,
                                        config: OpaquePointer) throws(GitError) -> String? {
            var workTree = environment.workTree
            if workTree == nil, environment.gitDirectory != nil, git_repository_is_bare(repository) == 0,
               try ConfigStack.string("core.worktree", in: config) == nil {
                workTree = environment.startDirectory
            }
            if let workTree {
                // update_gitlink = 0: never write core.worktree or a .git file.
                try check(git_repository_set_workdir(repository, workTree, 0), "set the work tree")
            }
            guard git_repository_is_bare(repository) == 0, let path = git_repository_workdir(repository) else {
                return nil
            }
            return Path.withoutTrailingSlash(String(cString: path))
        }

        /// The repository's object database, with GIT_OBJECT_DIRECTORY (the pre-receive
        /// quarantine) in place of `objects/` and GIT_ALTERNATE_OBJECT_DIRECTORIES added.
        private static func objectDatabase(_ repository: OpaquePointer,
                                           _ environment: GitEnvironment) throws(GitError) -> OpaquePointer {
            if let directory = environment.objectDirectory {
                var replacement: OpaquePointer?
                try check(git_odb_open(&replacement, directory), "open GIT_OBJECT_DIRECTORY")
                defer { git_odb_free(replacement) }
                try check(git_repository_set_odb(repository, replacement), "use GIT_OBJECT_DIRECTORY")
            }
            var objects: OpaquePointer?
            try check(git_repository_odb(&objects, repository), "open the object database")
            guard let objects else {
                throw GitError(.failure, operation: "open the object database", message: "libgit2 returned no database")
            }
            for alternate in environment.alternateObjectDirectories {
                let code = git_odb_add_disk_alternate(objects, alternate)
                if code < 0 {
                    let error = lastError(code, "add GIT_ALTERNATE_OBJECT_DIRECTORIES entry \(alternate)")
                    git_odb_free(objects)
                    throw error
                }
            }
            return objects
        }

        /// The object directories git reads: the main one, its `info/alternates`, then
        /// GIT_ALTERNATE_OBJECT_DIRECTORIES (only their packs are counted, by `shortID`).
        private static func objectDirectories(_ environment: GitEnvironment, commonDirectory: String) -> [String] {
            let main = environment.objectDirectory ?? commonDirectory + "/objects"
            var directories = [main]
            if let listed = try? FileSystem.read(main + "/info/alternates") {
                for line in listed.split(separator: UInt8(ascii: "\n")) where line.first != UInt8(ascii: "#") {
                    directories.append(Path.resolved(String(decoding: line, as: UTF8.self), against: main))
                }
            }
            return directories + environment.alternateObjectDirectories
        }

        /// The ids in `shallow` (one 40-digit id per line); empty when the clone is complete.
        private static func shallowCommits(in commonDirectory: String) -> Set<ObjectID> {
            guard let bytes = try? FileSystem.read(commonDirectory + "/shallow") else { return [] }
            var ids = Set<ObjectID>()
            for line in bytes.split(separator: UInt8(ascii: "\n")) {
                if let id = ObjectID(hex: String(decoding: line, as: UTF8.self)) { ids.insert(id) }
            }
            return ids
        }
    }
}
