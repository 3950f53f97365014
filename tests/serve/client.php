<?php
// client.php - an e-office back end as PHP would call `netral serve`: PHP's curl extension, a
// multipart upload (CURLFile) and a raw body, the annotated copy saved to disk. Prints one JSON
// line per input file: {"file", "scan": {status, body}, "raw": {status, body}, "annotate": {...}}.
// Usage: php client.php BASE_URL OUT_DIR FILE... (env NETRAL_TOKEN: bearer token, optional)

if ($argc < 4) {
    fwrite(STDERR, "usage: php client.php BASE_URL OUT_DIR FILE...\n");
    exit(2);
}
if (!function_exists('curl_init')) {
    fwrite(STDERR, "php-curl is not installed\n");
    exit(77);
}
$base = rtrim($argv[1], '/');
$out = $argv[2];
$token = getenv('NETRAL_TOKEN');

function call($url, $opts, $token) {
    $ch = curl_init($url);
    $headers = $opts['headers'] ?? [];
    if ($token) $headers[] = 'Authorization: Bearer ' . $token;
    curl_setopt_array($ch, [
        CURLOPT_POST => true,
        CURLOPT_RETURNTRANSFER => true,
        CURLOPT_HEADER => false,
        CURLOPT_TIMEOUT => 120,
        CURLOPT_HTTPHEADER => $headers,
        CURLOPT_POSTFIELDS => $opts['body'],
    ]);
    $resp = [];
    curl_setopt($ch, CURLOPT_HEADERFUNCTION, function ($ch, $line) use (&$resp) {
        $p = strpos($line, ':');
        if ($p !== false) $resp[strtolower(trim(substr($line, 0, $p)))] = trim(substr($line, $p + 1));
        return strlen($line);
    });
    $body = curl_exec($ch);
    if ($body === false) {
        fwrite(STDERR, "curl: " . curl_error($ch) . "\n");
        exit(1);
    }
    $status = curl_getinfo($ch, CURLINFO_RESPONSE_CODE);
    curl_close($ch);
    return [$status, $resp, $body];
}

for ($i = 3; $i < $argc; $i++) {
    $file = $argv[$i];
    $name = basename($file);
    // 1. multipart/form-data, as an HTML form or most PHP frameworks send it
    [$st, $h, $body] = call($base . '/v1/scan',
        ['body' => ['file' => new CURLFile($file, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', $name)]],
        $token);
    $scan = ['status' => $st, 'body' => $body];
    // 2. the raw bytes
    [$st, $h, $body] = call($base . '/v1/scan?name=' . rawurlencode($name),
        ['body' => file_get_contents($file), 'headers' => ['Content-Type: application/octet-stream']], $token);
    $raw = ['status' => $st, 'body' => $body];
    // 3. the annotated copy, saved where the workflow keeps attachments
    [$st, $h, $body] = call($base . '/v1/annotate?name=' . rawurlencode($name),
        ['body' => file_get_contents($file), 'headers' => ['Content-Type: application/octet-stream']], $token);
    $saved = $out . '/' . preg_replace('/\.docx$/i', '', $name) . '.netral.docx';
    if ($st == 200) file_put_contents($saved, $body);
    $ann = ['status' => $st, 'verdict' => $h['x-netral-verdict'] ?? null,
            'findings' => isset($h['x-netral-findings']) ? intval($h['x-netral-findings']) : null,
            'disposition' => $h['content-disposition'] ?? null, 'saved' => $st == 200 ? $saved : null];
    echo json_encode(['file' => $file, 'scan' => $scan, 'raw' => $raw, 'annotate' => $ann],
                     JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES), "\n";
}
